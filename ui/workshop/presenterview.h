// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QScreen;

namespace wgll {

class AssessmentSession;
class JoinCodeWidget;
class RadarChart;
class VoteChart;
class WorkshopPanel;

/// What the room sees on the projector: the statement in large type, the level descriptors,
/// the measure's timer, "6 of 8 voted" and, while the room votes from phones, the join code
/// (QR code, address, session code) until the reveal; only after reveal, the votes per level
/// and the spread. A decided statement shows its record; when a measure's last statement is
/// agreed, the measure's radar until the facilitator moves on. High contrast whatever the
/// window's colours. It never shows notes, evidence, other statements or who is still to vote.
///
/// Laid out by hand (arrange()), not by a QLayout: the descriptors the room scores against keep
/// their size (28 px at least, at 1024×768) and the statement keeps the width, while the QR
/// code or the chart beside them is given what is left, so nothing is clipped or overlaps from
/// 1024×768 to 1920×1080.
class PresenterView : public QWidget
{
    Q_OBJECT
public:
    PresenterView(AssessmentSession &session, WorkshopPanel &panel, QWidget *parent = nullptr);

    /// Full screen on `screen` when one is chosen; otherwise full screen on a screen the
    /// workbench is not on when there is one, else a window beside the workbench.
    void present(QScreen *screen = nullptr);
    /// Everything shown, as text (tests; the accessible description).
    QString shownText() const;
    /// The level descriptors, one label a level of the scale.
    const QList<QLabel *> &levelLabels() const { return m_levels; }
    /// The measure's radar, shown when its last statement has just been agreed.
    const RadarChart *radar() const { return m_radar; }

    /// The smallest descriptor type at any window size, in pixels: read from the back of a room.
    static constexpr int MinDescriptorPixels = 28;
    /// The smallest QR code side the descriptors may shrink it to: 5 pixels a module for a join
    /// address (33 modules and the 4-module quiet zone each side), half a metre across on a
    /// 2.5 m projection of 1024 pixels, read by a phone from the back of a board room.
    static constexpr int MinQrSide = 205;

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    /// Type scales with the window: the same view reads on a laptop and on a wall.
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    /// Shows the radar of `measure`'s statements (their agreed scores and targets).
    void showRadar(const QString &measure);
    /// Font sizes for the window's height, then every visible child's geometry.
    void arrange();
    void scaleFonts();
    /// Where the side widget (QR code, chart) goes: its width, and whether the spread goes
    /// under it rather than under the levels.
    struct BodyPlan
    {
        int sideWidth = 0;
        bool spreadBeside = false;
        bool fits = true; ///< false: even the narrowest side leaves the levels too little room
    };
    /// Sets the statement's type (as large as lets the body fit), places it at `y`, and
    /// returns where the body starts.
    int placeStatement(const QRect &area, int y, int gap, QWidget *side);
    BodyPlan planBody(const QRect &body, QWidget *side, int gap) const;
    /// The levels in a column at the left, the side widget at the right with what is left (the
    /// widest that lets the levels fit `body`), and the spread where planBody() found room.
    void arrangeBody(const QRect &body, QWidget *side);
    /// The levels' height in a column `width` wide, a `gap` after each.
    int columnHeight(int width, int gap) const;
    /// How tall the side widget must be at `width`.
    int sideHeight(QWidget *side, int width) const;

    AssessmentSession &m_session;
    WorkshopPanel &m_panel;
    QLabel *m_measure = nullptr;
    QLabel *m_statement = nullptr;
    QList<QLabel *> m_levels;
    QLabel *m_timer = nullptr;
    QLabel *m_spread = nullptr;
    VoteChart *m_chart = nullptr;
    JoinCodeWidget *m_join = nullptr;
    RadarChart *m_radar = nullptr;
};

} // namespace wgll
