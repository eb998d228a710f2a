#pragma once
// The look shared by the UI's tables: dense rows, no row numbers, no grid, and columns sized
// to their widest expected content (in the current font and language) rather than fixed pixels.
#include <QStringList>

class QTableView;

namespace cybos::ViewStyle {

void makeDense(QTableView *view);
// samples[i]: the widest text column i is expected to show, e.g. "1,000,000" for a price.
void fitColumns(QTableView *view, const QStringList &samples);

} // namespace cybos::ViewStyle
