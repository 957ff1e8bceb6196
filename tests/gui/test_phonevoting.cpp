// SPDX-License-Identifier: GPL-3.0-or-later
// The room votes from phones in the window (issue 18): Workshop → Let the Room Vote from
// Phones starts the voting server on the interface picked (loopback here), phones claim and
// vote over real HTTP (QNetworkAccessManager), and the panel and the presenter view count
// "N of M voted" live, never showing a level before the reveal. Release, the join code (its QR
// matrix, quiet zone and colours) and every way the server stops are checked too. Waits are for
// what the server answers (QTest::qWaitFor), never fixed sleeps.
#include "colourscheme.h"
#include "sqlite/database.h"
#include "session/assessmentsession.h"
#include "votingserver.h"
#include "windowfixture.h"
#include "workshop/joincodewidget.h"
#include "workshop/phonevotingdialog.h"
#include "workshop/presenterview.h"
#include "workshop/votinground.h"
#include "workshop/workshoppanel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <qrencode.h>

using namespace wgll;
using namespace wgll::test;

namespace {

StartSessionDialog::Choices board()
{
    StartSessionDialog::Choices c;
    c.title = QStringLiteral("Board workshop");
    c.date = QDate(2026, 11, 20);
    c.facilitator = QStringLiteral("Alice Smith");
    c.present = {{QStringLiteral("Alice Smith"), {}, {}},
                 {QStringLiteral("Bob Jones"), {}, {}},
                 {QStringLiteral("Carol Wu"), {}, {}}};
    return c;
}

/// A phone: HTTP requests to the join address, as the voting page sends them.
struct Phone
{
    explicit Phone(QString url) : join(std::move(url)) {}

    QString join;
    QNetworkAccessManager net;
    QByteArray token;

    struct Answer
    {
        int status = 0;
        QJsonObject body;
    };

    Answer finish(QNetworkReply *reply)
    {
        REQUIRE(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
        Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 QJsonDocument::fromJson(reply->readAll()).object()};
        reply->deleteLater();
        return a;
    }
    Answer get(const QString &what)
    {
        QNetworkRequest r{QUrl(join + what)};
        r.setRawHeader("X-WGLL-Token", token);
        return finish(net.get(r));
    }
    Answer post(const QString &what, const QJsonObject &body)
    {
        const QString csrf = get(QStringLiteral("state")).body.value(QStringLiteral("csrf")).toString();
        QNetworkRequest r{QUrl(join + what)};
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        r.setRawHeader("X-WGLL-CSRF", csrf.toLatin1());
        if (!token.isEmpty())
            r.setRawHeader("X-WGLL-Token", token);
        return finish(net.post(r, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }
    void claim(const QString &name)
    {
        const Answer a = post(QStringLiteral("claim"), {{QStringLiteral("name"), name}});
        REQUIRE(a.status == 200);
        token = a.body.value(QStringLiteral("token")).toString().toLatin1();
    }
    int vote(int level)
    {
        const QString ballot = get(QStringLiteral("state")).body.value(QStringLiteral("ballot")).toString();
        return post(QStringLiteral("vote"), {{QStringLiteral("ballot"), ballot}, {QStringLiteral("level"), level}}).status;
    }
};

/// Whether something accepts connections on 127.0.0.1:`port` (false: refused).
bool listening(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    REQUIRE(QTest::qWaitFor([&] { return socket.state() != QAbstractSocket::ConnectingState &&
                                         socket.state() != QAbstractSocket::HostLookupState; },
                            10000));
    return socket.state() == QAbstractSocket::ConnectedState;
}

/// Workshop → Let the Room Vote from Phones, the dialog answered with loopback and `port`.
void startFromMenu(MainWindow &w, quint16 port)
{
    auto *action = find<QAction>(w, "phoneVoting");
    const auto picked = whenShown<PhoneVotingDialog>([port](PhoneVotingDialog &d) {
        auto *choice = find<QComboBox>(d, "phoneInterface");
        // Loopback is offered, and offered last: the room's networks come first.
        REQUIRE(choice->findData(QStringLiteral("127.0.0.1")) == choice->count() - 1);
        choice->setCurrentIndex(choice->count() - 1);
        find<QSpinBox>(d, "phonePort")->setValue(port);
        d.accept();
    });
    action->trigger();
    ranOn(picked);
}

quint16 portOf(const QString &url)
{
    return static_cast<quint16>(QUrl(url).port());
}

struct Window
{
    Fixture f;
    MainWindow w{&f.prompter};

    Window()
    {
        REQUIRE(w.openFile(f.file));
        w.resize(1366, 768);
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
    }
};

} // namespace

TEST_CASE("the room votes from phones: started from the menu, counted live, released, stopped", "[gui][workshop][phones]")
{
    Window win;
    MainWindow &w = win.w;
    auto *action = find<QAction>(w, "phoneVoting");
    CHECK_FALSE(action->isEnabled()); // no session: nothing to vote in
    REQUIRE(w.startWorkshop(board()));
    CHECK(action->isEnabled());
    CHECK_FALSE(action->isChecked()); // off by default
    WorkshopPanel *panel = w.workshopPanel();
    CHECK_FALSE(panel->phoneServer());

    startFromMenu(w, 0);
    REQUIRE(panel->phoneServer());
    CHECK(action->isChecked());
    const QString url = panel->joinUrl();
    CHECK(url.startsWith(u"http://127.0.0.1:"));
    // The address shown is the one the server gives phones.
    auto *join = find<JoinCodeWidget>(*panel, "joinCode");
    CHECK(join->isVisible());
    CHECK(find<QLabel>(*join, "joinAddress")->text().remove(QChar(0x200B)) == panel->phoneServer()->joinUrl());
    CHECK(join->code() == JoinCodeWidget::sessionCode(panel->round()->room().secret()));
    PresenterView *presenter = w.showPresenterView();
    REQUIRE(presenter);
    CHECK(presenter->shownText().contains(url));
    CHECK(presenter->shownText().contains(u"0 of 3 voted"));

    // Bob votes from his phone: both counts follow, with no level anywhere.
    Phone bob(url);
    bob.claim(QStringLiteral("Bob Jones"));
    auto *voters = find<QTableWidget>(*panel, "voters");
    CHECK(voters->item(1, 1)->text() == u"claimed");
    REQUIRE(bob.vote(4) == 200);
    auto *spread = find<QLabel>(*panel, "spread");
    CHECK(spread->text() == u"1 of 3 voted, hidden until Reveal. Still to vote: Alice Smith, Carol Wu");
    CHECK(presenter->shownText().contains(u"1 of 3 voted"));
    CHECK_FALSE(presenter->shownText().contains(u"Still to vote")); // names in the panel only
    CHECK(voters->item(1, 2)->text() == u"●");
    // A typed vote joins the same count (Alice has no phone).
    QTest::keyClick(panel, Qt::Key_3);
    CHECK(spread->text() == u"2 of 3 voted, hidden until Reveal. Still to vote: Carol Wu");
    CHECK(presenter->shownText().contains(u"2 of 3 voted"));
    CHECK(w.session()->document().workshop().blindRounds.value(0).answered == 2); // in the file, blind

    // Release Bob's phone: his token stops working, his vote stays, the name can be claimed again.
    voters->setCurrentCell(1, 0);
    auto *release = find<QAction>(*panel, "releasePhone");
    REQUIRE(release->isEnabled());
    CHECK(release->text() == u"Release Bob Jones's phone");
    release->trigger();
    CHECK(voters->item(1, 1)->text().isEmpty());
    CHECK(bob.vote(2) == 401);
    CHECK(spread->text().startsWith(u"2 of 3 voted"));
    Phone again(url);
    again.claim(QStringLiteral("Bob Jones"));

    // Reveal: the spread, and the join code leaves the presenter view to the chart.
    QTest::keyClick(panel, Qt::Key_R, Qt::ControlModifier);
    REQUIRE(panel->round()->isRevealed());
    CHECK(presenter->shownText().contains(u"2 votes · median 3.5 · range 3–4"));
    CHECK_FALSE(presenter->shownText().contains(url));

    // Unchecking the action stops the server: the port refuses connections.
    const quint16 port = portOf(url);
    REQUIRE(listening(port));
    action->trigger();
    CHECK_FALSE(action->isChecked());
    CHECK_FALSE(panel->phoneServer());
    CHECK_FALSE(listening(port));
    CHECK_FALSE(join->isVisible());
    CHECK_FALSE(release->isVisible()); // nothing to release without phones
    w.session()->document().close();
}

TEST_CASE("phone voting stops with the session, the file and the window, and a port in use changes nothing",
          "[gui][workshop][phones]")
{
    Window win;
    MainWindow &w = win.w;
    REQUIRE(w.startWorkshop(board()));
    auto *action = find<QAction>(w, "phoneVoting");

    // A port already taken: a clear message, the action stays off, nothing listens.
    QTcpServer taken;
    REQUIRE(taken.listen(QHostAddress::LocalHost, 0));
    startFromMenu(w, taken.serverPort());
    REQUIRE(win.f.prompter.problems.size() == 1);
    CHECK(win.f.prompter.problems.first().startsWith(u"The room cannot vote from phones: "));
    CHECK(win.f.prompter.problems.first().contains(QString::number(taken.serverPort())));
    CHECK_FALSE(action->isChecked());
    CHECK_FALSE(w.workshopPanel()->phoneServer());

    // A new session ends the old one's server.
    startFromMenu(w, 0);
    quint16 port = portOf(w.workshopPanel()->joinUrl());
    REQUIRE(listening(port));
    REQUIRE(w.startWorkshop(board()));
    CHECK_FALSE(action->isChecked());
    CHECK_FALSE(listening(port));

    // Closing the file stops it.
    startFromMenu(w, 0);
    port = portOf(w.workshopPanel()->joinUrl());
    REQUIRE(listening(port));
    win.f.prompter.answer = QMessageBox::Discard; // the unsaved-changes question
    REQUIRE(w.closeAssessment());
    CHECK_FALSE(listening(port));

    // So does closing the window.
    REQUIRE(w.openFile(win.f.file));
    REQUIRE(w.startWorkshop(board()));
    startFromMenu(w, 0);
    port = portOf(w.workshopPanel()->joinUrl());
    REQUIRE(listening(port));
    REQUIRE(w.close());
    CHECK_FALSE(listening(port));
}

TEST_CASE("after a crash Continue Session serves the page at the same address, and each phone goes on",
          "[gui][workshop][phones][link]")
{
    Fixture f;
    auto w = std::make_unique<MainWindow>(&f.prompter);
    REQUIRE(w->openFile(f.file));
    w->show();
    REQUIRE(QTest::qWaitForWindowExposed(w.get()));
    REQUIRE(w->startWorkshop(board()));
    startFromMenu(*w, 0);
    const QString url = w->workshopPanel()->joinUrl();
    const quint16 port = portOf(url);
    Phone bob(url);
    bob.claim(QStringLiteral("Bob Jones"));
    REQUIRE(bob.vote(4) == 200);
    w.reset(); // the workbench dies: no close, no save; its listener goes with the process
    CHECK_FALSE(listening(port));

    MainWindow again(&f.prompter);
    f.answer = QMessageBox::Yes; // restore the unsaved changes
    REQUIRE(again.openFile(f.file));
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    auto *resume = find<QAction>(again, "continueWorkshop");
    REQUIRE(resume->isEnabled());
    resume->trigger();
    // Asked first, with where: the address comes from the file.
    CHECK(f.questions.last().contains(u"Serve the voting page there again?"));
    CHECK(f.questions.last().contains(u"127.0.0.1 port " + QString::number(port)));
    WorkshopPanel *panel = again.workshopPanel();
    REQUIRE(panel->phoneServer());
    CHECK(panel->joinUrl() == url); // the same address and secret: the room need not scan again
    CHECK(find<QAction>(again, "phoneVoting")->isChecked());
    CHECK(again.statusBar()->currentMessage().contains(u"phones vote again at " + url));
    // Bob's phone, never reloaded, is Bob's again, with his vote in; Carol joins as before.
    const Phone::Answer state = bob.get(QStringLiteral("state"));
    REQUIRE(state.status == 200);
    CHECK(state.body.value(QStringLiteral("you")).toString() == u"Bob Jones");
    CHECK(state.body.value(QStringLiteral("yourVote")).toInt() == 4);
    CHECK(panel->round()->votesIn() == 1);
    Phone carol(url);
    carol.claim(QStringLiteral("Carol Wu"));
    REQUIRE(carol.vote(3) == 200);
    CHECK(panel->round()->votesIn() == 2);

    // Closing stops the phones before the question; Cancel serves them again where they were.
    f.answer = QMessageBox::Cancel;
    CHECK_FALSE(again.closeAssessment());
    CHECK(panel->joinUrl() == url);
    CHECK(bob.get(QStringLiteral("state")).body.value(QStringLiteral("you")).toString() == u"Bob Jones");
    // Saved and closed: nothing listens, and the saved file holds no secret, only the votes.
    f.answer = QMessageBox::Save;
    REQUIRE(again.closeAssessment());
    CHECK_FALSE(listening(port));
    sqlite::Database db;
    REQUIRE(db.open(f.file, sqlite::Database::Mode::ReadOnly));
    CHECK(db.scalar("SELECT (SELECT count(*) FROM voting_link) + (SELECT count(*) FROM voting_token)") == 0);
    CHECK(db.scalar("SELECT count(*) FROM vote") == 2);
}

TEST_CASE("phones cannot be served at their old address again: the facilitator is told, the votes stay",
          "[gui][workshop][phones][link]")
{
    Fixture f;
    auto w = std::make_unique<MainWindow>(&f.prompter);
    REQUIRE(w->openFile(f.file));
    REQUIRE(w->startWorkshop(board()));
    startFromMenu(*w, 0);
    const QString url = w->workshopPanel()->joinUrl();
    Phone bob(url);
    bob.claim(QStringLiteral("Bob Jones"));
    REQUIRE(bob.vote(2) == 200);
    w.reset();
    // Another program takes the port while the workbench is down.
    QTcpServer taken;
    REQUIRE(taken.listen(QHostAddress::LocalHost, portOf(url)));

    MainWindow again(&f.prompter);
    f.answer = QMessageBox::Yes;
    REQUIRE(again.openFile(f.file));
    find<QAction>(again, "continueWorkshop")->trigger();
    CHECK_FALSE(again.workshopPanel()->phoneServer());
    REQUIRE(f.prompter.problems.size() == 1);
    CHECK(f.prompter.problems.first().contains(u"phones cannot vote at 127.0.0.1 port " + QString::number(portOf(url))));
    CHECK(again.workshopPanel()->round()->votesIn() == 1); // Bob's vote is kept
    // Served at a new address: a new secret, and Bob picks his name again (his old phone's
    // token belonged to the old address's page, which no browser will show again).
    startFromMenu(again, 0);
    REQUIRE(again.workshopPanel()->phoneServer());
    CHECK(again.workshopPanel()->joinUrl() != url);
    Phone moved(again.workshopPanel()->joinUrl());
    moved.token = bob.token;
    CHECK(moved.get(QStringLiteral("state")).body.value(QStringLiteral("you")).toString().isEmpty());
    moved.claim(QStringLiteral("Bob Jones"));
    again.session()->document().close();
}

TEST_CASE("a cancelled close serves the phones again, or says why it cannot", "[gui][workshop][phones][link]")
{
    Window win;
    MainWindow &w = win.w;
    REQUIRE(w.startWorkshop(board()));
    startFromMenu(w, 0);
    const quint16 port = portOf(w.workshopPanel()->joinUrl());
    // While the save question is up, another program takes the port.
    QTcpServer taken;
    win.f.prompter.whileAsking = [&] { REQUIRE(taken.listen(QHostAddress::LocalHost, port)); };
    win.f.prompter.answer = QMessageBox::Cancel;
    CHECK_FALSE(w.closeAssessment());
    win.f.prompter.whileAsking = nullptr;
    CHECK_FALSE(w.workshopPanel()->phoneServer());
    CHECK_FALSE(find<QAction>(w, "phoneVoting")->isChecked());
    REQUIRE_FALSE(win.f.prompter.problems.isEmpty());
    CHECK(win.f.prompter.problems.last().startsWith(u"The room can no longer vote from phones: "));
    w.session()->document().close();
}

namespace {

/// The window dies while Bob's phone has voted: its port, and the file's unsaved working copy
/// with the page's link, are left behind.
quint16 crashWhileBobVotes(Fixture &f)
{
    auto w = std::make_unique<MainWindow>(&f.prompter);
    REQUIRE(w->openFile(f.file));
    REQUIRE(w->startWorkshop(board()));
    startFromMenu(*w, 0);
    Phone bob(w->workshopPanel()->joinUrl());
    bob.claim(QStringLiteral("Bob Jones"));
    REQUIRE(bob.vote(5) == 200);
    return portOf(w->workshopPanel()->joinUrl());
}

} // namespace

TEST_CASE("a kept voting page is served again only when the facilitator agrees", "[gui][workshop][phones][link]")
{
    Fixture f;
    const quint16 port = crashWhileBobVotes(f);
    MainWindow again(&f.prompter);
    f.answer = QMessageBox::Yes; // restore the unsaved changes
    REQUIRE(again.openFile(f.file));
    f.answer = QMessageBox::No;
    find<QAction>(again, "continueWorkshop")->trigger();
    CHECK_FALSE(again.workshopPanel()->phoneServer());
    CHECK_FALSE(listening(port));
    CHECK(again.statusBar()->currentMessage().contains(u"continued without phones"));
    CHECK(again.workshopPanel()->round()->votesIn() == 1);
    // Declined, the link is dropped: no secret left in the file, and Bob's name is free.
    const qint64 session = again.session()->workshop().sessions.first().id;
    CHECK_FALSE(again.session()->document().votingLink(session));
    CHECK_FALSE(again.workshopPanel()->round()->room().isClaimed(1));
    again.session()->document().close();
}

TEST_CASE("a kept voting page at an address this computer no longer has is not served, and the facilitator is told",
          "[gui][workshop][phones][link]")
{
    Fixture f;
    const quint16 port = crashWhileBobVotes(f);
    MainWindow again(&f.prompter);
    f.answer = QMessageBox::Yes;
    REQUIRE(again.openFile(f.file));
    // The laptop has left the network it served on (a link kept here, so sealed, elsewhere).
    storage::Document &doc = again.session()->document();
    const qint64 session = again.session()->workshop().sessions.first().id;
    std::optional<storage::VotingLink> link = doc.votingLink(session);
    REQUIRE(link);
    link->address = QStringLiteral("192.0.2.1");
    REQUIRE(doc.keepVotingLink(*link));
    const qsizetype asked = f.questions.size();
    find<QAction>(again, "continueWorkshop")->trigger();
    CHECK_FALSE(again.workshopPanel()->phoneServer());
    CHECK(f.questions.size() == asked); // not even asked
    REQUIRE_FALSE(f.prompter.problems.isEmpty());
    CHECK(f.prompter.problems.last().contains(u"192.0.2.1 port " + QString::number(port) +
                                              u", which is not one of this computer's networks now"));
    CHECK_FALSE(doc.votingLink(session));
    doc.close();
}

TEST_CASE("the join code: the address's QR matrix with its quiet zone, dark on white in the dark scheme",
          "[gui][workshop][phones]")
{
    applyColourScheme(ColourScheme::Dark);
    const QString url = QStringLiteral("http://10.42.0.1:8080/s/3f9a21c4d5e6f708192a3b4c5d6e7f80/");
    JoinCodeWidget widget;
    widget.setQrSide(300);
    widget.setJoin(url, QByteArrayLiteral("3f9a21c4d5e6f708192a3b4c5d6e7f80"));
    widget.show();
    CHECK(widget.palette().color(QPalette::Window).lightness() < 128); // the scheme is dark
    CHECK(widget.code() == u"3F9-A21");
    auto *address = widget.findChild<QLabel *>(QStringLiteral("joinAddress"));
    CHECK(address->text().remove(QChar(0x200B)) == url);
    // Copied from its menu, the address is clean: no zero-width space (its wrap points) in it.
    CHECK(address->textInteractionFlags() == Qt::NoTextInteraction);
    auto *copy = address->findChild<QAction *>(QStringLiteral("copyJoinAddress"));
    REQUIRE(copy);
    CHECK(address->actions().contains(copy));
    copy->trigger();
    CHECK(QGuiApplication::clipboard()->text() == url);
    CHECK(widget.accessibleName() == u"Join the vote from a phone");
    CHECK(widget.accessibleDescription().contains(url));

    // qrencode's own matrix for the address at level M, module by module.
    QRcode *code = QRcode_encodeString(url.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    REQUIRE(code);
    const int n = code->width;
    CHECK(JoinCodeWidget::moduleCount(url) == n);
    const int quiet = JoinCodeWidget::QuietModules;
    const int module = 300 / (n + 2 * quiet);
    const QImage image = widget.qrImage();
    REQUIRE(image.width() == (n + 2 * quiet) * module);
    REQUIRE(image.height() == image.width());
    int wrong = 0;
    for (int y = 0; y < n + 2 * quiet; ++y) {
        for (int x = 0; x < n + 2 * quiet; ++x) {
            const bool inside = x >= quiet && y >= quiet && x < n + quiet && y < n + quiet;
            const bool dark = inside && (code->data[static_cast<qsizetype>(y - quiet) * n + (x - quiet)] & 1);
            // Every pixel of the module, so the squares are crisp (no blend at an edge).
            for (int py = 0; py < module; ++py) {
                for (int px = 0; px < module; ++px) {
                    const QRgb pixel = image.pixel(x * module + px, y * module + py);
                    if (pixel != (dark ? qRgb(0, 0, 0) : qRgb(255, 255, 255)))
                        ++wrong;
                }
            }
        }
    }
    QRcode_free(code);
    CHECK(wrong == 0);
    applyColourScheme(ColourScheme::Light);
}

TEST_CASE("the presenter view's QR code is large enough to scan from the back of the room", "[gui][workshop][phones]")
{
    Window win;
    MainWindow &w = win.w;
    REQUIRE(w.startWorkshop(board()));
    REQUIRE(w.workshopPanel()->startPhoneVoting(QHostAddress::LocalHost, 0));
    PresenterView *presenter = w.showPresenterView();
    REQUIRE(presenter);
    presenter->showNormal();
    presenter->resize(1024, 768);
    REQUIRE(QTest::qWaitFor([&] { return presenter->size() == QSize(1024, 768); }, 5000));
    auto *join = find<JoinCodeWidget>(*presenter, "joinCode");
    REQUIRE(join->isVisible());
    // At 1024×768 the descriptors keep 28 px and the QR code gives way, down to 5 px a module.
    CHECK(join->qrImage().width() >= PresenterView::MinQrSide);
    // The panel's is smaller, and the same address.
    auto *small = find<JoinCodeWidget>(*w.workshopPanel(), "joinCode");
    CHECK(small->qrImage().width() < join->qrImage().width());
    CHECK(small->url() == join->url());
    w.session()->document().close();
}

// The user guide's pictures of phone voting (docs/images/workshop-phones.png and
// presenter-phones.png), taken under Xvfb at 1366×768: run by hand with WGLL_DOC_IMAGES set to
// the folder to write them to (docs/user-guide.md, "Let the room vote from phones").
TEST_CASE("pictures for the user guide: the workshop panel and presenter view while phones vote", "[.docimages]")
{
    const QString folder = qEnvironmentVariable("WGLL_DOC_IMAGES");
    REQUIRE_FALSE(folder.isEmpty());
    Window win;
    MainWindow &w = win.w;
    StartSessionDialog::Choices c = board();
    for (const char *name : {"Dan Patel", "Eve Kaur", "Fay Osei", "Gus Reid", "Hana Ito"})
        c.present.append({QString::fromLatin1(name), {}, {}});
    REQUIRE(w.startWorkshop(c));
    // The room's network as the dialog offers it first (loopback only when there is none).
    const QHostAddress address = PhoneVotingDialog::addresses().first().address;
    Result<QString> url = w.workshopPanel()->startPhoneVoting(address, 8080);
    if (!url)
        url = w.workshopPanel()->startPhoneVoting(address, 0);
    REQUIRE(url);
    // Six of eight have voted: five from phones, Alice's typed; Bob's phone claimed, no vote yet.
    VotingRound *round = w.workshopPanel()->round();
    for (const int voter : {1, 2, 3, 4, 5, 6})
        REQUIRE(round->room().claim(voter, QStringLiteral("192.0.2.50 phone")));
    for (const auto &[voter, level] : {std::pair{2, 3}, {3, 4}, {4, 3}, {5, 2}, {6, 3}})
        REQUIRE(round->room().vote(voter, level));
    round->roomChangedElsewhere();
    QTest::keyClick(w.workshopPanel(), Qt::Key_4);
    REQUIRE(w.workshopPanel()->countText() == u"6 of 8 voted");
    QApplication::processEvents();
    REQUIRE(w.grab().save(folder + QStringLiteral("/workshop-phones.png")));

    PresenterView *presenter = w.showPresenterView();
    REQUIRE(presenter);
    presenter->showNormal();
    presenter->resize(1024, 768);
    REQUIRE(QTest::qWaitForWindowExposed(presenter));
    REQUIRE(QTest::qWaitFor([&] { return presenter->size() == QSize(1024, 768); }, 5000));
    REQUIRE(presenter->shownText().contains(u"6 of 8 voted"));
    REQUIRE(presenter->shownText().contains(*url));
    QApplication::processEvents();
    REQUIRE(presenter->grab().save(folder + QStringLiteral("/presenter-phones.png")));
    w.session()->document().close();
}
