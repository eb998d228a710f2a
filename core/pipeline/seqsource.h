#pragma once
// Where the tick bus gets its numbers: one counter for all ticks, strictly increasing across
// restarts and never reused, even after a crash (the storage implementation reserves blocks
// in the meta table before handing numbers out).
#include <QtGlobal>

namespace cybos {

class SeqSource
{
public:
    virtual ~SeqSource() = default;
    virtual qint64 next() = 0;       // called on the bus thread only
    virtual qint64 lastIssued() const = 0;
};

} // namespace cybos
