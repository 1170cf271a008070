#pragma once
// Sends a finished print job (ESC/POS bytes) to the configured thermal printer: a device node
// (/dev/usb/lp0, a serial port, a FIFO) or a plain file. Nothing throws; every failure is a value
// that says whether the printer may have printed part of the job, so the GUI never reports a
// receipt as printed when it was not.
//
// Writing may block on a printer that is out of paper or offline, so callers on the GUI thread run
// this on a worker thread (ReceiptPreviewDialog does); it gives up after `timeout` in any case.

#include "core/result.h"

#include <QByteArray>

#include <chrono>
#include <cstddef>
#include <string>

namespace cz {

enum class PrintErrc {
    NoPath,            ///< no printer device or file is configured
    DeviceMissing,     ///< the device node (or the file's folder) does not exist: unplugged, wrong path
    NotReady,          ///< the device exists but refused to open (no reader on a FIFO, device gone)
    PermissionDenied,  ///< not allowed to write there (the agent's account is not in the lp group …)
    NotAFileOrDevice,  ///< the path is a directory or something else that cannot take a print job
    Timeout,           ///< the printer took nothing before the timeout (paper out, cover open, offline)
    ShortWrite,        ///< the printer took part of the job and then stopped: part may have printed
    IoError,           ///< any other error while writing (disk full, I/O error)
};

const char* toString(PrintErrc e);

struct PrintError {
    PrintErrc code = PrintErrc::IoError;
    std::string detail;            ///< English, with the system's reason, for logs
    std::size_t bytesWritten = 0;  ///< how much the device accepted before the failure
};

/// Writes all of `job` to `path`.
/// - An existing character device or FIFO is opened non-blocking and written with a
///   deadline; success means the kernel accepted every byte.
/// - Otherwise the path is a file: the job is written to a temporary file beside it, synced and
///   renamed over it, so a failure leaves no partial file behind.
/// - A missing path under /dev/ is a missing printer, never a new regular file.
Result<void, PrintError> writeToPrinter(const QByteArray& job, const std::string& path,
                                        std::chrono::milliseconds timeout = std::chrono::seconds(10));

}  // namespace cz
