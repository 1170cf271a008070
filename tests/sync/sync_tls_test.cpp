// TLS: a marketplace with a self-signed certificate is refused until its CA is configured.

#include "sync_fixture.h"

#include "support/temp_dir.h"

#include <cstdlib>

using namespace cz;
using namespace cz::test;

namespace {

class SyncTls : public SyncFixture {
protected:
    void SetUp() override
    {
        StationFixture::SetUp();
        const std::string cmd = "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 "
                                "-addext subjectAltName=IP:127.0.0.1,DNS:localhost -keyout '" +
                                m_certDir.file("key.pem") + "' -out '" + m_certDir.file("cert.pem") + "' 2>/dev/null";
        ASSERT_EQ(std::system(cmd.c_str()), 0) << "openssl is needed for the TLS test";
        auto cfg = defaultMarketConfig();
        cfg.certPath = m_certDir.file("cert.pem");
        cfg.keyPath = m_certDir.file("key.pem");
        startMarket(cfg);
    }
    TempDir m_certDir;
};

TEST_F(SyncTls, SelfSignedRefusedUnlessItsCaIsConfigured)
{
    ASSERT_EQ(m_market->baseUrl().rfind("https://", 0), 0u);
    auto refused = m_svc->sync().runOnce();
    ASSERT_TRUE(refused.ok());
    EXPECT_EQ(refused->failure.status, sync::StepStatus::Fatal);
    EXPECT_NE(refused->failure.message.find("TLS"), std::string::npos) << refused->failure.message;
    EXPECT_EQ(m_svc->ledger().entryCount(), 0);

    EXPECT_EQ(m_svc->sync().configure(m_supervisor, m_market->baseUrl(), kStationToken, m_certDir.file("missing.pem"))
                  .error()
                  .code,
              Errc::InvalidInput);
    ASSERT_TRUE(m_svc->sync().configure(m_supervisor, m_market->baseUrl(), kStationToken, m_certDir.file("cert.pem")).ok());
    auto accepted = m_svc->sync().runOnce();
    ASSERT_TRUE(accepted.ok());
    EXPECT_TRUE(accepted->ok()) << accepted->failure.message;
    EXPECT_EQ(stationWallet(), serverWallet());
}

}  // namespace
