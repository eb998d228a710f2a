#pragma once
// A fresh database path in a temporary folder, removed with the fixture.
#include <QString>
#include <QTemporaryDir>

namespace cybos::test {

class TempDb
{
public:
    TempDb() = default;
    QString path() const { return m_dir.filePath(QStringLiteral("test.db")); }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

} // namespace cybos::test
