package io.hirestage.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns stored history into the lines people read. Edits and deletions of a note are stored as
 * entries of their own (the history never changes); here they are folded into the note they revise:
 * it shows its latest text and when it was edited, or that it was deleted, in its place.
 */
final class Timeline {

    private Timeline() {
    }

    /**
     * @param newestFirst the history, newest first
     * @param username    who reads it: their notes are marked as theirs to change
     */
    static List<ActivityEntry> lines(List<Activity> newestFirst, Function<Activity, String> openingTitle, String username) {
        Map<Long, Activity> latestEdit = new HashMap<>();
        Map<Long, Activity> deletion = new HashMap<>();
        for (Activity activity : newestFirst) {
            switch (activity.getKind()) {
                case NOTE_EDITED -> latestEdit.putIfAbsent(activity.getRevisesId(), activity);
                case NOTE_DELETED -> deletion.putIfAbsent(activity.getRevisesId(), activity);
                default -> {
                }
            }
        }
        return newestFirst.stream().filter(activity -> activity.getKind() != ActivityKind.NOTE_EDITED
                && activity.getKind() != ActivityKind.NOTE_DELETED).map(activity -> {
            ActivityEntry entry = activity.toEntry(openingTitle.apply(activity));
            if (activity.getKind() != ActivityKind.NOTE) {
                return entry;
            }
            Activity deleted = deletion.get(activity.getId());
            if (deleted != null) {
                return entry.revised(ActivityKind.NOTE_DELETED, null, deleted.getAt());
            }
            Activity edit = latestEdit.get(activity.getId());
            ActivityEntry current = edit == null ? entry : entry.revised(ActivityKind.NOTE, edit.getDetail(), edit.getAt());
            return current.yours(username != null && Objects.equals(username, activity.getActorUsername()));
        }).toList();
    }
}
