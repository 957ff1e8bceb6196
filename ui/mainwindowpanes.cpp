// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's panes side by side: their proportions (chosen for a 1366×768 laptop, then as
// the user drags them, remembered), and the View menu entries that bring a closed pane back.
#include "mainwindow.h"

#include "navigatorpane.h"
#include "overviewpanel.h"
#include "workbenchsettings.h"

#include <QAction>
#include <QDataStream>
#include <QMenu>
#include <QSplitter>

#include <algorithm>


namespace wgll {

namespace {

/// The navigator, scoring and overview panes' shares of the width, in per cent. At 1366×768 they
/// give the navigator room for 35 characters of each statement, the overview a radar 300 px across
/// with its spoke labels whole and a gap list with 20 characters of statement. On a laptop the
/// scoring panel is at its narrowest (its six level buttons) whatever its share says.
constexpr int PaneShares[] = {34, 28, 38};
constexpr int PaneCount = 3;

} // namespace

void MainWindow::setPaneStretch()
{
    // A wider or narrower window keeps the proportions.
    for (int i = 0; i < m_splitter->count() && i < PaneCount; ++i)
        m_splitter->setStretchFactor(i, PaneShares[i]);
}

QList<int> MainWindow::defaultPaneSizes() const
{
    // Before the window is shown the splitter has no width of its own yet: the shares of a
    // laptop's, which the stretch factors then keep in proportion.
    const int width = (m_splitter->isVisible() ? m_splitter->width() : 1366) - 2 * m_splitter->handleWidth();
    QList<int> sizes;
    for (int i = 0; i < m_splitter->count() && i < PaneCount; ++i)
        sizes.append(m_splitter->widget(i)->isHidden() ? 0 : width * PaneShares[i] / 100);
    return sizes;
}

namespace {

/// The sizes in a QSplitter::saveState() (its own format: magic, version, the sizes, …). Read
/// here rather than through restoreState(): before the window is shown the splitter squeezes
/// them into its provisional width, and they could not be checked.
QList<int> storedSizes(const QByteArray &state)
{
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_5_0);
    qint32 magic = 0;
    qint32 version = 0;
    QList<int> sizes;
    in >> magic >> version >> sizes;
    return in.status() == QDataStream::Ok ? sizes : QList<int>();
}

} // namespace

void MainWindow::restorePaneSizes()
{
    if (!m_splitter)
        return;
    const QList<int> sizes = storedSizes(settings::mainSplitter.value());
    bool usable = sizes.size() == m_splitter->count();
    for (int i = 0; usable && i < m_splitter->count(); ++i) {
        // A pane dragged shut (or left shut by the workshop) would come back as a hairline.
        const QWidget *pane = m_splitter->widget(i);
        usable = pane->isHidden() || sizes.at(i) >= std::max(pane->minimumWidth(), pane->minimumSizeHint().width());
    }
    m_splitter->setSizes(usable ? sizes : defaultPaneSizes());
}

void MainWindow::setPaneShown(QWidget *pane, bool shown)
{
    pane->setVisible(shown);
    // Shown again at a sliver of its share (the splitter gives back what it had): its share.
    const int at = m_splitter->indexOf(pane);
    if (shown && m_splitter->sizes().at(at) < defaultPaneSizes().at(at) / 2)
        m_splitter->setSizes(defaultPaneSizes());
}

void MainWindow::addPaneActions()
{
    const auto add = [this](const QString &text, const char *name, QWidget *pane) {
        QAction *a = m_viewMenu->addAction(text);
        a->setObjectName(QString::fromLatin1(name));
        a->setCheckable(true);
        connect(m_viewMenu, &QMenu::aboutToShow, a, [this, a, pane] {
            a->setChecked(pane->isVisible() && m_splitter->sizes().at(m_splitter->indexOf(pane)) > 0);
        });
        connect(a, &QAction::triggered, this, [this, pane](bool shown) { setPaneShown(pane, shown); });
    };
    add(tr("&Navigator"), "showNavigator", m_navigator);
    add(tr("&Overview: Radar, Measures and Gaps"), "showOverview", m_overview);
    QAction *reset = m_viewMenu->addAction(tr("&Reset Pane Sizes"), this, [this] {
        m_navigator->show();
        m_overview->show();
        m_splitter->setSizes(defaultPaneSizes());
        settings::mainSplitter.set(m_splitter->saveState());
    });
    reset->setObjectName(QStringLiteral("resetPaneSizes"));
}

} // namespace wgll
