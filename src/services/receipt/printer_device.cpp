#include "services/receipt/printer_device.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <ctime>
#include <system_error>

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cz {

namespace {

using Clock = std::chrono::steady_clock;

std::string reason(int err) { return std::system_category().message(err); }

Failure<PrintError> failure(PrintErrc code, std::string detail, std::size_t written = 0)
{
    return Failure<PrintError>{PrintError{code, std::move(detail), written}};
}

PrintErrc openErrorCode(int err)
{
    switch (err) {
    case ENOENT:
    case ENOTDIR: return PrintErrc::DeviceMissing;
    case EACCES:
    case EPERM:
    case EROFS: return PrintErrc::PermissionDenied;
    case ENXIO:
    case ENODEV:
    case EBUSY: return PrintErrc::NotReady;
    case EISDIR: return PrintErrc::NotAFileOrDevice;
    default: return PrintErrc::IoError;
    }
}

/// Closes a descriptor on every path out.
class Fd final {
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    [[nodiscard]] int get() const { return m_fd; }
    /// Closes now and reports the error (a device or file system may report a failed write late).
    int close()
    {
        const int fd = m_fd;
        m_fd = -1;
        return ::close(fd) == 0 ? 0 : errno;
    }

private:
    int m_fd;
};

/// A FIFO or socket whose reader went away raises SIGPIPE, which would kill the station program.
/// Block it on this thread while writing and swallow the one our write raised, so the failure
/// comes back as EPIPE instead.
class SigpipeGuard final {
public:
    SigpipeGuard()
    {
        sigemptyset(&m_pipe);
        sigaddset(&m_pipe, SIGPIPE);
        sigset_t pending;
        sigemptyset(&pending);
        sigpending(&pending);
        m_wasPending = sigismember(&pending, SIGPIPE) == 1;
        pthread_sigmask(SIG_BLOCK, &m_pipe, &m_old);
    }
    ~SigpipeGuard()
    {
        if (m_raised && !m_wasPending) {
            const timespec zero{0, 0};
            sigtimedwait(&m_pipe, nullptr, &zero);
        }
        pthread_sigmask(SIG_SETMASK, &m_old, nullptr);
    }
    SigpipeGuard(const SigpipeGuard&) = delete;
    SigpipeGuard& operator=(const SigpipeGuard&) = delete;
    void raised() { m_raised = true; }

private:
    sigset_t m_pipe{};
    sigset_t m_old{};
    bool m_wasPending = false;
    bool m_raised = false;
};

/// Writes everything before `deadline`; returns 0 or the errno that stopped it (ETIMEDOUT when the
/// device stopped taking data). `written` counts what was accepted either way.
int writeAll(int fd, const QByteArray& job, Clock::time_point deadline, std::size_t& written)
{
    SigpipeGuard sigpipe;
    const auto total = static_cast<std::size_t>(job.size());
    bool spinning = false;
    while (written < total) {
        const ssize_t n = ::write(fd, job.constData() + written, total - written);
        if (n > 0) {
            written += static_cast<std::size_t>(n);
            spinning = false;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno != EAGAIN) {
            if (errno == EPIPE)
                sigpipe.raised();
            return errno;
        }
        // The device's buffer is full (or write returned 0): wait until it takes more, or give up.
        // Rounded up: a deadline 0.4 ms away is not yet passed.
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            return ETIMEDOUT;
        if (spinning) {
            // Some drivers (the parallel-port lp) do not implement poll and always say "ready";
            // do not burn a core on them.
            const timespec pause{0, 10'000'000};
            nanosleep(&pause, nullptr);
        }
        pollfd p{fd, POLLOUT, 0};
        const int r = ::poll(&p, 1, static_cast<int>(std::min<long long>(left.count(), 1000)));
        if (r < 0 && errno != EINTR)
            return errno;
        spinning = r > 0;
    }
    return 0;
}

Result<void, PrintError> writeDevice(const QByteArray& job, const std::string& path, Clock::time_point deadline)
{
    // Non-blocking: an offline printer or a FIFO nobody reads must not hang the caller for ever.
    const int raw = ::open(path.c_str(), O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (raw < 0) {
        const int err = errno;
        return failure(openErrorCode(err), "cannot open " + path + ": " + reason(err));
    }
    Fd fd(raw);
    std::size_t written = 0;
    const int err = writeAll(fd.get(), job, deadline, written);
    const int closeErr = fd.close();
    if (err == ETIMEDOUT && written == 0)
        return failure(PrintErrc::Timeout, path + " took no data before the timeout");
    if (err != 0) {
        const std::string why = err == ETIMEDOUT ? std::string("timed out") : reason(err);
        if (written > 0)
            return failure(PrintErrc::ShortWrite,
                           path + " stopped after " + std::to_string(written) + " of " +
                               std::to_string(job.size()) + " bytes: " + why,
                           written);
        return failure(err == EACCES || err == EPERM ? PrintErrc::PermissionDenied : PrintErrc::IoError,
                       "cannot write to " + path + ": " + why);
    }
    if (closeErr != 0 && closeErr != EINTR)
        return failure(PrintErrc::ShortWrite, "closing " + path + " failed: " + reason(closeErr), written);
    return {};
}

Result<void, PrintError> writeFile(const QByteArray& job, const std::string& path)
{
    std::string tmp = path + ".XXXXXX";
    const int raw = ::mkostemp(tmp.data(), O_CLOEXEC);
    if (raw < 0) {
        const int err = errno;
        return failure(openErrorCode(err), "cannot create a file beside " + path + ": " + reason(err));
    }
    Fd fd(raw);
    ::fchmod(fd.get(), 0644);
    std::size_t written = 0;
    int err = writeAll(fd.get(), job, Clock::now() + std::chrono::hours(1), written);
    if (err == 0 && ::fsync(fd.get()) != 0)
        err = errno;
    if (const int closeErr = fd.close(); err == 0 && closeErr != 0)
        err = closeErr;
    if (err == 0 && ::rename(tmp.c_str(), path.c_str()) != 0)
        err = errno;
    if (err != 0) {
        ::unlink(tmp.c_str());  // a half-written job must not look like a finished one
        return failure(err == EACCES || err == EPERM ? PrintErrc::PermissionDenied
                       : err == EISDIR              ? PrintErrc::NotAFileOrDevice
                                                    : PrintErrc::IoError,
                       "cannot write " + path + ": " + reason(err));
    }
    return {};
}

}  // namespace

const char* toString(PrintErrc e)
{
    switch (e) {
    case PrintErrc::NoPath: return "no_path";
    case PrintErrc::DeviceMissing: return "device_missing";
    case PrintErrc::NotReady: return "not_ready";
    case PrintErrc::PermissionDenied: return "permission_denied";
    case PrintErrc::NotAFileOrDevice: return "not_a_file_or_device";
    case PrintErrc::Timeout: return "timeout";
    case PrintErrc::ShortWrite: return "short_write";
    case PrintErrc::IoError: return "io_error";
    }
    return "unknown";
}

Result<void, PrintError> writeToPrinter(const QByteArray& job, const std::string& path,
                                        std::chrono::milliseconds timeout)
{
    if (path.empty())
        return failure(PrintErrc::NoPath, "no printer path is configured");
    const auto deadline = Clock::now() + timeout;
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) {
        if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))
            return writeDevice(job, path, deadline);
        if (S_ISREG(st.st_mode))
            return writeFile(job, path);
        return failure(PrintErrc::NotAFileOrDevice, path + " is neither a device nor a file");
    }
    const int err = errno;
    if (err != ENOENT)
        return failure(openErrorCode(err), "cannot reach " + path + ": " + reason(err));
    // An unplugged USB printer's node disappears; writing a regular file in its place would
    // "succeed" and hide the problem (and, as root, shadow the device when it comes back).
    if (path.rfind("/dev/", 0) == 0)
        return failure(PrintErrc::DeviceMissing, path + " does not exist (is the printer connected and on?)");
    return writeFile(job, path);
}

}  // namespace cz
