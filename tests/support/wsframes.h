#pragma once
// WebSocket frames by hand, for tests that talk to the server over a raw TCP socket (to send
// many frames in one write, or to read late): client frames are masked, server frames are not.
#include <QByteArray>
#include <QList>

namespace cybos::test {

struct WsRawFrame {
    int opcode = 0;          // 1 text, 2 binary, 8 close, 9 ping, 10 pong
    QByteArray payload;
    int closeCode() const;   // close frames: the status code (0 when none)
};

QByteArray maskedFrame(int opcode, const QByteArray &payload);
// The whole frames at the front of buffer, removed from it (a partial frame stays).
QList<WsRawFrame> takeFrames(QByteArray &buffer);

} // namespace cybos::test
