package io.hirestage.pipeline;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Activities are added and read, never changed. */
interface ActivityRepository extends Repository<Activity, Long> {

    Activity save(Activity activity);

    List<Activity> findByApplicationIdInOrderByAtDescIdDesc(Collection<Long> applicationIds);

    Optional<Activity> findById(Long id);

    /** The edits and deletion of a note, newest first. */
    List<Activity> findByRevisesIdOrderByAtDescIdDesc(Long noteId);
}
