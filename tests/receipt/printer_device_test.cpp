// Writing the job to the printer: a file is replaced whole or not at all, a device gets every
// byte or a failure that says how far it got. Nothing is reported as printed when it was not.
#include "services/receipt/printer_device.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <atomic>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace cz;
using namespace std::chrono_literals;

namespace {

QByteArray sampleJob(int size)
{
    QByteArray job;
    job.reserve(size);
    for (int i = 0; i < size; ++i)
        job.append(static_cast<char>(i * 7 + 3));
    return job;
}

QByteArray readAll(const std::string& path)
{
    QFile f(QString::fromStdString(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class PrinterDevice : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    std::string path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)).toStdString(); }
    QStringList entries() const { return QDir(m_dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries); }

    std::string makeFifo(const char* name) const
    {
        const std::string p = path(name);
        EXPECT_EQ(::mkfifo(p.c_str(), 0600), 0);
        return p;
    }

    QTemporaryDir m_dir;
};

}  // namespace

TEST_F(PrinterDevice, WritesAFileWholeAndReplacesAnOldOne)
{
    const std::string out = path("receipt.bin");
    ASSERT_TRUE(writeToPrinter(sampleJob(5000), out).ok());
    EXPECT_EQ(readAll(out), sampleJob(5000));
    ASSERT_TRUE(writeToPrinter(sampleJob(10), out).ok());
    EXPECT_EQ(readAll(out), sampleJob(10));
    EXPECT_EQ(entries(), QStringList{QStringLiteral("receipt.bin")}) << "no temporary file left behind";
}

TEST_F(PrinterDevice, NoPathIsAnError)
{
    const auto r = writeToPrinter(sampleJob(10), "");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, PrintErrc::NoPath);
}

TEST_F(PrinterDevice, AMissingDeviceIsReportedAndNoFileIsCreatedInItsPlace)
{
    const auto r = writeToPrinter(sampleJob(10), "/dev/cunzhan-test-no-such-printer");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, PrintErrc::DeviceMissing);
    EXPECT_EQ(r.error().bytesWritten, 0u);
    EXPECT_FALSE(QFile::exists(QStringLiteral("/dev/cunzhan-test-no-such-printer")));
}

TEST_F(PrinterDevice, AFileInAMissingFolderIsAMissingTarget)
{
    const auto r = writeToPrinter(sampleJob(10), path("no-such-folder/receipt.bin"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, PrintErrc::DeviceMissing);
    EXPECT_TRUE(entries().isEmpty());
}

TEST_F(PrinterDevice, ADirectoryIsNotAPrinter)
{
    const auto r = writeToPrinter(sampleJob(10), m_dir.path().toStdString());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, PrintErrc::NotAFileOrDevice);
}

TEST_F(PrinterDevice, ADeviceThatFailsEveryWriteIsAnErrorWithNothingPrinted)
{
    // /dev/full: a character device whose writes fail with ENOSPC.
    const auto r = writeToPrinter(sampleJob(100), "/dev/full");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, PrintErrc::IoError);
    EXPECT_EQ(r.error().bytesWritten, 0u);
}

TEST_F(PrinterDevice, AnUnwritableFolderIsPermissionDenied)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root ignores file permissions";
    const QString folder = m_dir.filePath(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkdir(folder));
    ASSERT_EQ(::chmod(folder.toLocal8Bit().constData(), 0500), 0);
    const auto r = writeToPrinter(sampleJob(10), path("locked/receipt.bin"));
    ::chmod(folder.toLocal8Bit().constData(), 0700);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, PrintErrc::PermissionDenied);
    EXPECT_TRUE(QDir(folder).isEmpty());
}

TEST_F(PrinterDevice, AFifoWithoutReaderIsNotReady)
{
    const std::string fifo = makeFifo("lp0");
    const auto r = writeToPrinter(sampleJob(10), fifo, 200ms);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, PrintErrc::NotReady);
}

TEST_F(PrinterDevice, AFifoThatIsReadGetsEveryByte)
{
    const std::string fifo = makeFifo("lp0");
    const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    ASSERT_GE(reader, 0);
    const QByteArray job = sampleJob(200000);  // several pipe buffers: the writer has to wait
    QByteArray received;
    std::atomic<bool> done = false;
    std::thread drain([&] {
        char buf[4096];
        for (;;) {
            const ssize_t n = ::read(reader, buf, sizeof buf);
            if (n > 0)
                received.append(buf, n);
            else if (n == 0 && done)
                break;  // the writer has closed and the pipe is empty
            else
                std::this_thread::sleep_for(1ms);  // empty for now (or no writer yet)
        }
    });
    const auto r = writeToPrinter(job, fifo, 5s);
    done = true;
    drain.join();
    ::close(reader);
    ASSERT_TRUE(r.ok()) << r.error().detail;
    EXPECT_EQ(received, job);
}

TEST_F(PrinterDevice, APrinterThatStopsTakingDataIsAShortWrite)
{
    const std::string fifo = makeFifo("lp0");
    const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    ASSERT_GE(reader, 0);
    // Nobody reads: the pipe takes one buffer's worth and then the "printer" is stuck.
    const int capacity = ::fcntl(reader, F_SETPIPE_SZ, 4096);
    ASSERT_GT(capacity, 0);
    const auto r = writeToPrinter(sampleJob(capacity * 4), fifo, 300ms);
    ::close(reader);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, PrintErrc::ShortWrite);
    EXPECT_EQ(r.error().bytesWritten, static_cast<std::size_t>(capacity));
}

TEST_F(PrinterDevice, APrinterThatTakesNothingTimesOut)
{
    const std::string fifo = makeFifo("lp0");
    const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    ASSERT_GE(reader, 0);
    const int capacity = ::fcntl(reader, F_SETPIPE_SZ, 4096);
    ASSERT_GT(capacity, 0);
    // Fill the pipe first, as if an earlier job were still printing.
    const int writer = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
    ASSERT_GE(writer, 0);
    const QByteArray filler = sampleJob(capacity);
    ASSERT_EQ(::write(writer, filler.constData(), static_cast<std::size_t>(filler.size())), capacity);
    const auto started = std::chrono::steady_clock::now();
    const auto r = writeToPrinter(sampleJob(100), fifo, 200ms);
    const auto took = std::chrono::steady_clock::now() - started;
    ::close(writer);
    ::close(reader);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, PrintErrc::Timeout);
    EXPECT_EQ(r.error().bytesWritten, 0u);
    EXPECT_GE(took, 200ms);
    EXPECT_LT(took, 3s);
}

TEST_F(PrinterDevice, AReaderThatGoesAwayIsAShortWriteAndDoesNotKillTheProgram)
{
    const std::string fifo = makeFifo("lp0");
    const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    ASSERT_GE(reader, 0);
    const int capacity = ::fcntl(reader, F_SETPIPE_SZ, 4096);
    ASSERT_GT(capacity, 0);
    // The "printer" reads a little and is then unplugged: the next write raises SIGPIPE/EPIPE.
    std::thread unplug([reader] {
        std::this_thread::sleep_for(100ms);
        char buf[512];
        (void)::read(reader, buf, sizeof buf);
        ::close(reader);
    });
    const auto r = writeToPrinter(sampleJob(capacity * 8), fifo, 5s);
    unplug.join();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, PrintErrc::ShortWrite);
    EXPECT_GE(r.error().bytesWritten, static_cast<std::size_t>(capacity));
    EXPECT_LT(r.error().bytesWritten, static_cast<std::size_t>(capacity * 8));
}
