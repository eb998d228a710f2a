#pragma once
// The schema steps: step N brings version N-1 to N. Database::migrate runs each in one
// transaction. Never edit a released step; add one.
#include <QStringList>

namespace cybos::Migrations {

int latest();
QStringList step(int version); // the statements that bring version-1 to version

} // namespace cybos::Migrations
