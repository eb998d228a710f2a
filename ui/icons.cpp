#include "icons.h"
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace cybos::Icons {
namespace {

struct Candle {
    qreal x, top, bottom, bodyTop, bodyBottom;
    bool rise;
};

void paintCandles(QPainter &p, qreal s, bool coloured)
{
    // Three candles on a 16-unit grid: up, down, up — a chart at a glance.
    static const Candle candles[] = {
        {4.0, 5.0, 13.0, 7.0, 11.0, true},
        {8.0, 3.0, 11.0, 4.5, 8.5, false},
        {12.0, 2.0, 10.0, 3.5, 7.0, true},
    };
    const qreal u = s / 16.0;
    for (const Candle &c : candles) {
        const QColor colour = !coloured ? QColor(Qt::white)
                                        : (c.rise ? QColor(0xff, 0x5a, 0x52) : QColor(0x5c, 0x9d, 0xff));
        p.setPen(QPen(colour, qMax<qreal>(1.0, u * 0.9)));
        p.drawLine(QPointF(c.x * u, c.top * u), QPointF(c.x * u, c.bottom * u));
        p.fillRect(QRectF((c.x - 1.3) * u, c.bodyTop * u, 2.6 * u, (c.bodyBottom - c.bodyTop) * u), colour);
    }
}

QPixmap badge(int size, const QColor &background, bool colouredCandles)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    const qreal r = size * 0.22;
    path.addRoundedRect(QRectF(0.5, 0.5, size - 1.0, size - 1.0), r, r);
    p.fillPath(path, background);
    p.setPen(QPen(background.darker(140), 1.0));
    p.drawPath(path);
    paintCandles(p, size, colouredCandles);
    return pm;
}

QIcon icon(const QColor &background, bool colouredCandles)
{
    QIcon out;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        out.addPixmap(badge(size, background, colouredCandles));
    return out;
}

} // namespace

QColor healthColor(Health state)
{
    switch (state) {
    case Health::Connected: return QColor(0x2e, 0x9d, 0x4f);
    case Health::Degraded: return QColor(0xe0, 0x9b, 0x12);
    case Health::Disconnected: return QColor(0xd0, 0x33, 0x2b);
    }
    return Qt::gray;
}

QIcon app()
{
    return icon(QColor(0x1d, 0x2b, 0x45), true);
}

QIcon health(Health state)
{
    return icon(healthColor(state), false);
}

} // namespace cybos::Icons
