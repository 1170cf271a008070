// HTTPS: the marketplace serves TLS with a certificate that a client verifies against a CA file —
// here a self-signed certificate for 127.0.0.1 made at test time.

#include "market/market_server.h"

#include <cstdio>
#include <filesystem>
#include <gtest/gtest.h>
#include <httplib.h>
#include <memory>
#include <nlohmann/json.hpp>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>
#include <string>

namespace cz::market::test {
namespace {

struct FileCloser {
    void operator()(FILE* f) const { std::fclose(f); }
};

// A P-256 key and a one-day self-signed certificate with subjectAltName IP:127.0.0.1.
void makeSelfSigned(const std::string& certPath, const std::string& keyPath)
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    ASSERT_TRUE(key);
    std::unique_ptr<X509, decltype(&X509_free)> cert(X509_new(), X509_free);
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("127.0.0.1"), -1, -1,
                               0);
    X509_set_issuer_name(cert.get(), name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    for (const auto& [nid, value] :
         {std::pair {NID_subject_alt_name, "IP:127.0.0.1"}, std::pair {NID_basic_constraints, "critical,CA:TRUE"}}) {
        X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
        ASSERT_NE(ext, nullptr);
        X509_add_ext(cert.get(), ext, -1);
        X509_EXTENSION_free(ext);
    }
    ASSERT_GT(X509_sign(cert.get(), key.get(), EVP_sha256()), 0);
    std::unique_ptr<FILE, FileCloser> cf(std::fopen(certPath.c_str(), "w"));
    std::unique_ptr<FILE, FileCloser> kf(std::fopen(keyPath.c_str(), "w"));
    ASSERT_TRUE(cf && kf);
    ASSERT_EQ(PEM_write_X509(cf.get(), cert.get()), 1);
    ASSERT_EQ(PEM_write_PrivateKey(kf.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr), 1);
}

class TlsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = std::filesystem::temp_directory_path() / ("cz-market-tls-" + std::to_string(::getpid()));
        std::filesystem::create_directories(m_dir);
        m_cert = (m_dir / "cert.pem").string();
        m_key = (m_dir / "key.pem").string();
        makeSelfSigned(m_cert, m_key);
    }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    std::filesystem::path m_dir;
    std::string m_cert;
    std::string m_key;
};

TEST_F(TlsTest, ServesHttpsThatVerifiesAgainstTheCertificate)
{
    MarketConfig cfg;
    cfg.certPath = m_cert;
    cfg.keyPath = m_key;
    cfg.catalogSize = 10;
    cfg.keepAliveTimeoutS = 1;
    cfg.stations.push_back({"tls-st", "tls-station-token-0001", "", 4200});
    MarketServer server(cfg);
    server.start();
    EXPECT_TRUE(server.isTls());
    EXPECT_EQ(server.baseUrl().rfind("https://127.0.0.1:", 0), 0U);

    {
        httplib::SSLClient c("127.0.0.1", server.port());
        c.set_ca_cert_path(m_cert.c_str());
        c.enable_server_certificate_verification(true);
        c.set_bearer_token_auth("tls-station-token-0001");
        const auto r = c.Get("/v1/wallet");
        ASSERT_TRUE(r) << httplib::to_string(r.error());
        EXPECT_EQ(r->status, 200);
        EXPECT_EQ(nlohmann::json::parse(r->body).at("balance_fen"), 4200);
        // Keep-alive over TLS: a second request on the same client.
        const auto again = c.Get("/v1/health");
        ASSERT_TRUE(again);
        EXPECT_EQ(again->status, 200);
    }
    {
        // Without the CA, verification fails: the client refuses the connection.
        httplib::SSLClient c("127.0.0.1", server.port());
        c.set_ca_cert_path((m_dir / "missing.pem").string().c_str());
        c.enable_server_certificate_verification(true);
        EXPECT_FALSE(c.Get("/v1/health"));
    }
    {
        // Plain HTTP to the TLS port gets no HTTP response.
        httplib::Client c("127.0.0.1", server.port());
        c.set_read_timeout(2, 0);
        const auto r = c.Get("/v1/health");
        EXPECT_TRUE(!r || r->status != 200);
    }
}

TEST_F(TlsTest, UnreadableKeyFailsToStart)
{
    MarketConfig cfg;
    cfg.certPath = m_cert;
    cfg.keyPath = (m_dir / "nope.pem").string();
    cfg.catalogSize = 1;
    MarketServer server(cfg);
    EXPECT_THROW(server.start(), std::runtime_error);
}

} // namespace
} // namespace cz::market::test
