#pragma once
// A client's messages waiting for their answers, parsed, in arrival order: text and binary
// alike, so each is answered in its turn even while an earlier one waits for the feed (a
// burst sent in one go gets every answer, in order). Bounded: past maxBytes of waiting text a
// message keeps only its id, to be refused in its turn; past maxItems the client floods.
#include "wsprotocol.h"
#include <QQueue>

namespace cybos {

class WsInbox
{
public:
    WsInbox(qint64 maxBytes, qsizetype maxItems) : m_maxBytes(maxBytes), m_maxItems(maxItems) {}

    // False when maxItems wait already: the client floods (close it).
    bool pushText(const QString &text);
    bool pushBinary();
    void pushFront(const QString &text);   // runs next (the subscribe of /ws/prices/{code})

    bool isEmpty() const { return m_items.isEmpty(); }
    WsCommand take();

private:
    struct Item {
        WsCommand command;
        qint64 bytes = 0;
    };
    bool push(Item item);

    QQueue<Item> m_items;
    qint64 m_bytes = 0;
    qint64 m_maxBytes;
    qsizetype m_maxItems;
};

} // namespace cybos
