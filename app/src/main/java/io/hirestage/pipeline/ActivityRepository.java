package io.hirestage.pipeline;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

/** Activities are added and read, never changed. */
interface ActivityRepository extends Repository<Activity, Long> {

    Activity save(Activity activity);

    List<Activity> findByApplicationIdInOrderByAtDescIdDesc(Collection<Long> applicationIds);
}
