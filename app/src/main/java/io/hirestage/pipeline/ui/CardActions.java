package io.hirestage.pipeline.ui;

import io.hirestage.pipeline.BoardCard;

/** What the board does when a person works with a card in one of its columns. */
interface CardActions {

    /** Opens the application panel of the card. */
    void open(BoardCard card);

    /** Offers the stages the card may be moved to. */
    void move(BoardCard card);

    /** A card was picked up to be dropped on another column. */
    void dragStarted(BoardCard card);

    /** A card was dropped on a column. */
    void dropped(StageColumn target);

    /** The person ticked or cleared a card's checkbox. */
    void selectionChanged();
}
