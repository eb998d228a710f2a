// The quote grid and the log dock on fakes: the grid fed through a real TickBus (coalesced,
// Korean colours), adding with name completion, pin errors, removing, filtering, numeric
// sorting, and the log filtered by level.
#include "uifakes.h"
#include "ui/livemodels.h"
#include "ui/quotedock.h"
#include "ui/quoteformat.h"
#include "ui/quotemodel.h"
#include <QBrush>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QInputMethodEvent>
#include <QTest>
#include <QToolButton>

using namespace cybos;
using test::makeTick;

class TestUiGrid : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::UiFixture> f;

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<test::UiFixture>();
        f->desktop->start(false);
        QVERIFY(QTest::qWaitForWindowExposed(f->window()));
    }
    void cleanup() { f.reset(); }

    void gridFollowsTheTickBus()
    {
        f->services.pin({QStringLiteral("005930"), QStringLiteral("000660")});
        auto *table = f->find<QTableView>("quoteTable");
        QAbstractItemModel *grid = table->model();
        QCOMPARE(grid->rowCount(), 2);
        for (int i = 0; i < 500; ++i) { // a burst: the grid shows only the last of each code
            f->bus.publish(makeTick(QStringLiteral("005930"), 75000 + i, 1500));
            f->bus.publish(makeTick(QStringLiteral("000660"), 190000 - i, -4200));
        }
        const QuoteModel *model = f->desktop->models()->quotes();
        const int samsung = model->rowOf(QStringLiteral("005930"));
        QTRY_COMPARE(model->index(samsung, QuoteModel::Price).data().toString(), QStringLiteral("75,499"));
        const int hynix = model->rowOf(QStringLiteral("000660"));
        QCOMPARE(model->index(hynix, QuoteModel::Price).data().toString(), QStringLiteral("189,501"));
        QCOMPARE(model->index(samsung, QuoteModel::Rate).data(Qt::ForegroundRole).value<QBrush>().color(), QuoteFormat::riseColor());
        QCOMPARE(model->index(hynix, QuoteModel::Rate).data(Qt::ForegroundRole).value<QBrush>().color(), QuoteFormat::fallColor());
        QCOMPARE(model->index(samsung, QuoteModel::Time).data().toString(), QuoteFormat::time(makeTick({}, 0, 0).timeMs));
        auto *tape = f->find<QTableView>("tickTable");
        QTRY_COMPARE(tape->model()->rowCount(), 500);
    }

    void addCompletesNamesAndPins()
    {
        auto *add = f->find<QLineEdit>("addEdit");
        QCompleter *completer = add->completer();
        QVERIFY(completer);
        const auto completions = [completer] {
            QStringList out;
            for (int i = 0; i < completer->model()->rowCount(); ++i)
                out << completer->model()->index(i, 0).data().toString();
            return out;
        };
        // Korean arrives through the input method, as a commit string.
        const auto type = [add](const QString &text) {
            add->clear();
            QInputMethodEvent commit;
            commit.setCommitString(text);
            QCoreApplication::sendEvent(add, &commit);
        };
        type(QStringLiteral("하이닉스"));
        QCOMPARE(completions(), QStringList{QStringLiteral("000660 SK하이닉스")});
        type(QStringLiteral("ㅅㅅㅈㅈ"));   // initials: the exact one first
        QCOMPARE(completions(), (QStringList{QStringLiteral("005930 삼성전자"), QStringLiteral("005935 삼성전자우")}));
        type(QStringLiteral("hynix"));      // the English name
        QCOMPARE(completions(), QStringList{QStringLiteral("000660 SK하이닉스")});
        add->setText(QStringLiteral("005930 삼성전자"));
        QTest::mouseClick(f->find<QToolButton>("addButton"), Qt::LeftButton);
        QCOMPARE(f->services.pinCalls, QList<QStringList>{{QStringLiteral("005930")}});
        QCOMPARE(f->find<QTableView>("quoteTable")->model()->rowCount(), 1);
        QVERIFY(add->text().isEmpty());
        add->setText(QStringLiteral("없는회사"));
        QTest::keyClick(add, Qt::Key_Return);
        QCOMPARE(f->services.pinCalls.size(), 1);
        QVERIFY(f->window()->statusBar()->currentMessage().contains(QStringLiteral("없는회사")));
    }

    void pinErrorsAreShown()
    {
        f->services.limit = 1;
        f->services.pin({QStringLiteral("005930")});
        f->find<QLineEdit>("addEdit")->setText(QStringLiteral("SK하이닉스"));
        QTest::mouseClick(f->find<QToolButton>("addButton"), Qt::LeftButton);
        QCOMPARE(f->services.pinCalls.last(), QStringList{QStringLiteral("000660")});
        QCOMPARE(f->window()->statusBar()->currentMessage(), QuoteDock::errorText(makeError(ErrorCode::SubscriptionLimit, {})));
        QCOMPARE(f->find<QTableView>("quoteTable")->model()->rowCount(), 1);
    }

    void removeUnpinsTheSelection()
    {
        f->services.pin({QStringLiteral("005930"), QStringLiteral("000660")});
        auto *table = f->find<QTableView>("quoteTable");
        table->selectRow(0);
        const QString code = table->model()->index(0, QuoteModel::Code).data().toString();
        QTest::mouseClick(f->find<QToolButton>("removeButton"), Qt::LeftButton);
        QCOMPARE(f->services.unpinCalls, QStringList{code});
        QCOMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(table->model()->rowCount(), 0);
    }

    void filterNarrowsTheGrid()
    {
        f->services.pin({QStringLiteral("005930"), QStringLiteral("000660")});
        auto *table = f->find<QTableView>("quoteTable");
        f->find<QLineEdit>("filterEdit")->setText(QStringLiteral("하이닉스"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, QuoteModel::Code).data().toString(), QStringLiteral("000660"));
        f->find<QLineEdit>("filterEdit")->setText(QStringLiteral("ㅅㅅ"));      // initials
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, QuoteModel::Code).data().toString(), QStringLiteral("005930"));
        f->find<QLineEdit>("filterEdit")->setText(QStringLiteral("SK HY"));     // English, any case
        QCOMPARE(table->model()->index(0, QuoteModel::Code).data().toString(), QStringLiteral("000660"));
        f->find<QLineEdit>("filterEdit")->clear();
        QCOMPARE(table->model()->rowCount(), 2);
    }

    void sortingUsesNumbers()
    {
        f->services.pin({QStringLiteral("005930"), QStringLiteral("000660")});
        f->bus.publish(makeTick(QStringLiteral("005930"), 9000, 10));
        f->bus.publish(makeTick(QStringLiteral("000660"), 10000, 10)); // "10,000" < "9,000" as text
        f->bus.flush();
        QTRY_COMPARE(f->desktop->models()->quotes()->pricedRows(), 2);
        auto *table = f->find<QTableView>("quoteTable");
        table->sortByColumn(QuoteModel::Price, Qt::AscendingOrder);
        QCOMPARE(table->model()->index(0, QuoteModel::Code).data().toString(), QStringLiteral("005930"));
    }

    void logDockFiltersByLevel()
    {
        f->log.warning(QStringLiteral("storage"), QStringLiteral("disk almost full"));
        f->log.info(QStringLiteral("feed"), QStringLiteral("connected"));
        auto *table = f->find<QTableView>("logTable");
        QTRY_COMPARE(table->model()->rowCount(), 2);
        auto *level = f->find<QComboBox>("levelCombo");
        level->setCurrentIndex(2); // warnings and errors
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 3).data().toString(), QStringLiteral("disk almost full"));
    }
};

QTEST_MAIN(TestUiGrid)
#include "tst_ui_grid.moc"
