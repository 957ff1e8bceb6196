// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include "storage/assessmentfile.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace wgll {

RecentFileSummary RecentFileSummary::read(const QString &path)
{
    RecentFileSummary summary;
    summary.path = path;
    if (!QFileInfo::exists(path)) {
        summary.problem = QObject::tr("not found: moved, renamed or deleted");
        return summary;
    }
    Error error;
    const std::optional<Assessment> assessment = storage::readAssessmentFile(path, error);
    if (!assessment) {
        summary.problem = QObject::tr("cannot be read: %1").arg(error.message);
        return summary;
    }
    summary.organisation = assessment->info.organisation;
    summary.period = assessment->info.period;
    summary.lastSaved = assessment->info.modified;
    return summary;
}

namespace {

QPushButton *pageButton(const QString &text, const char *name, const QString &accessible, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAccessibleName(accessible);
    // Enter presses the focused button here as in a dialog: the page is worked from the keyboard.
    b->setAutoDefault(true);
    b->setMinimumHeight(40);
    return b;
}

QLabel *plain(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

WelcomePage::WelcomePage(const QStringList &recent, bool demoAvailable, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcome"));
    setAccessibleName(tr("Welcome"));
    auto *column = new QVBoxLayout;
    auto *title = plain(tr("WGLL Workbench"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    column->addWidget(title);
    column->addWidget(plain(tr("Assess digital maturity against What Good Looks Like: create an assessment, "
                               "open one, or drop a .wgll file here."),
                            this));
    column->addSpacing(12);
    column->addWidget(buildButtons(demoAvailable));
    column->addSpacing(12);

    auto *heading = new QLabel(tr("&Recent assessments"), this);
    column->addWidget(heading);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentFiles"));
    m_recent->setAccessibleName(tr("Recent assessments"));
    m_recent->setAccessibleDescription(tr("Enter opens the assessment"));
    m_recent->setAlternatingRowColors(true);
    m_recent->setWordWrap(true);
    m_recent->setSpacing(3);
    // As tall as its files (up to the screen), not a tall empty box under three of them.
    m_recent->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    heading->setBuddy(m_recent);
    for (const QString &path : recent)
        addRecent(RecentFileSummary::read(path));
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT recentChosen(item->data(Qt::UserRole).toString()); });
    if (recent.isEmpty()) {
        m_recent->hide();
        heading->hide();
        column->addWidget(plain(tr("No recent assessments yet."), this));
    } else {
        m_recent->setCurrentRow(0);
        column->addWidget(m_recent);
    }
    column->addStretch();

    // A readable column in the middle of a wide window.
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addStretch(1);
    auto *middle = new QWidget(this);
    middle->setLayout(column);
    middle->setMaximumWidth(760);
    middle->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    outer->addWidget(middle, 4);
    outer->addStretch(1);
}

QWidget *WelcomePage::buildButtons(bool demoAvailable)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    QPushButton *create = pageButton(tr("&New assessment…"), "welcomeNew", tr("New assessment"), row);
    QPushButton *open = pageButton(tr("&Open…"), "welcomeOpen", tr("Open an assessment"), row);
    QPushButton *demo = pageButton(tr("Open the &demo assessment"), "welcomeDemo", tr("Open the demo assessment"), row);
    demo->setToolTip(tr("Northshire Hospitals 2026/27, compared with 2025/26: a copy to try the program on"));
    demo->setVisible(demoAvailable);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    layout->addWidget(create);
    layout->addWidget(open);
    layout->addWidget(demo);
    layout->addStretch();
    return row;
}

void WelcomePage::addRecent(const RecentFileSummary &summary)
{
    const QString name = QFileInfo(summary.path).fileName();
    QString details;
    if (!summary.problem.isEmpty()) {
        details = summary.problem;
    } else {
        QStringList parts;
        for (const QString &part : {summary.organisation, summary.period}) {
            if (!part.isEmpty())
                parts.append(part);
        }
        parts.append(tr("last saved %1")
                         .arg(QLocale().toString(summary.lastSaved.toLocalTime(), QLocale::ShortFormat)));
        details = parts.join(QStringLiteral(" · "));
    }
    auto *item = new QListWidgetItem(name + u'\n' + details, m_recent);
    item->setData(Qt::UserRole, summary.path);
    item->setToolTip(summary.path);
    item->setData(Qt::AccessibleTextRole, QString(name + u", " + details));
}

} // namespace wgll
