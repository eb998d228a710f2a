#include "wsinbox.h"

namespace cybos {
bool WsInbox::pushText(const QString &text)
{
    Item item{parseWsCommand(text), text.size()};
    if (m_bytes + item.bytes > m_maxBytes) {
        item.command = invalidCommand(QStringLiteral("too many messages waiting for an answer; slow down"), item.command.id);
        item.bytes = 0;
    }
    return push(std::move(item));
}

bool WsInbox::pushBinary()
{
    return push(Item{invalidCommand(QStringLiteral("send JSON text messages")), 0});
}

void WsInbox::pushFront(const QString &text)
{
    Item item{parseWsCommand(text), text.size()};
    m_bytes += item.bytes;
    m_items.prepend(std::move(item));
}

bool WsInbox::push(Item item)
{
    if (m_items.size() >= m_maxItems)
        return false;
    m_bytes += item.bytes;
    m_items.enqueue(std::move(item));
    return true;
}

WsCommand WsInbox::take()
{
    Item item = m_items.dequeue();
    m_bytes -= item.bytes;
    return std::move(item.command);
}

} // namespace cybos
