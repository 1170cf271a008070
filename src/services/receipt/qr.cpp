#include "services/receipt/qr.h"

#include <qrencode.h>

#include <cerrno>
#include <string>

namespace cz {

namespace {

QRecLevel toLibLevel(QrLevel level)
{
    switch (level) {
    case QrLevel::L: return QR_ECLEVEL_L;
    case QrLevel::M: return QR_ECLEVEL_M;
    case QrLevel::Q: return QR_ECLEVEL_Q;
    case QrLevel::H: return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

}  // namespace

const char* toString(QrErrc e)
{
    switch (e) {
    case QrErrc::Empty: return "empty";
    case QrErrc::TooLong: return "too_long";
    case QrErrc::OutOfMemory: return "out_of_memory";
    case QrErrc::EncodeFailed: return "encode_failed";
    }
    return "unknown";
}

struct QrMatrix::Code {
    explicit Code(QRcode* c) : qr(c) {}
    ~Code() { QRcode_free(qr); }
    Code(const Code&) = delete;
    Code& operator=(const Code&) = delete;
    QRcode* qr;
};

QrMatrix::QrMatrix(std::unique_ptr<Code> code) : m_code(std::move(code)) {}
QrMatrix::~QrMatrix() = default;
QrMatrix::QrMatrix(QrMatrix&&) noexcept = default;
QrMatrix& QrMatrix::operator=(QrMatrix&&) noexcept = default;

int QrMatrix::size() const { return m_code->qr->width; }
int QrMatrix::version() const { return m_code->qr->version; }

bool QrMatrix::isDark(int x, int y) const
{
    const QRcode& c = *m_code->qr;
    if (x < 0 || y < 0 || x >= c.width || y >= c.width)
        return false;
    // Bit 0 is the module's colour; the other bits describe its role (see qrencode.h).
    return (c.data[y * c.width + x] & 1) != 0;
}

Result<QrMatrix, QrErrc> encodeQr(std::string_view text, QrLevel level)
{
    if (text.empty())
        return Failure{QrErrc::Empty};
    // A symbol holds at most 7089 digits; anything longer cannot fit at any level, and refusing it
    // here keeps the int conversion below safe.
    if (text.size() > 7089)
        return Failure{QrErrc::TooLong};
    errno = 0;
    QRcode* code = nullptr;
    if (text.find('\0') == std::string_view::npos) {
        const std::string z(text);
        code = QRcode_encodeString(z.c_str(), 0, toLibLevel(level), QR_MODE_8, 1);
    } else {
        // Embedded NULs cannot go through the C-string API; encode the bytes as one 8-bit segment.
        code = QRcode_encodeData(static_cast<int>(text.size()), reinterpret_cast<const unsigned char*>(text.data()),
                                 0, toLibLevel(level));
    }
    if (code == nullptr) {
        switch (errno) {
        case ERANGE: return Failure{QrErrc::TooLong};
        case ENOMEM: return Failure{QrErrc::OutOfMemory};
        default: return Failure{QrErrc::EncodeFailed};
        }
    }
    return QrMatrix(std::make_unique<QrMatrix::Code>(code));
}

}  // namespace cz
