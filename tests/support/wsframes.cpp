#include "wsframes.h"
#include <QtEndian>

namespace cybos::test {

int WsRawFrame::closeCode() const
{
    return opcode == 8 && payload.size() >= 2 ? qFromBigEndian<quint16>(payload.constData()) : 0;
}

QByteArray maskedFrame(int opcode, const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(0x80 | opcode));
    const qint64 n = payload.size();
    if (n < 126) {
        frame.append(char(0x80 | n));
    } else if (n < 65536) {
        frame.append(char(0x80 | 126));
        frame.append(char(n >> 8));
        frame.append(char(n & 0xff));
    } else {
        frame.append(char(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((n >> shift) & 0xff));
    }
    const char mask[4] = {0x11, 0x22, 0x33, 0x44};
    frame.append(mask, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload.at(i) ^ mask[i % 4]));
    return frame;
}

QList<WsRawFrame> takeFrames(QByteArray &buffer)
{
    QList<WsRawFrame> frames;
    qsizetype at = 0;
    while (buffer.size() - at >= 2) {
        const auto *b = reinterpret_cast<const uchar *>(buffer.constData() + at);
        qint64 length = b[1] & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            header = 4;
            length = buffer.size() - at >= 4 ? qFromBigEndian<quint16>(b + 2) : -1;
        } else if (length == 127) {
            header = 10;
            length = buffer.size() - at >= 10 ? qint64(qFromBigEndian<quint64>(b + 2)) : -1;
        }
        if (length < 0 || buffer.size() - at < header + length)
            break;
        frames.append({b[0] & 0x0f, buffer.mid(at + header, qsizetype(length))});
        at += header + qsizetype(length);
    }
    buffer.remove(0, at);
    return frames;
}

} // namespace cybos::test
