package io.hirestage.opening;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OpeningRepository extends JpaRepository<Opening, Long> {

    List<Opening> findAllByOrderByCreatedAtDesc();

    @Query("""
            select distinct o from Opening o left join o.members m
            where o.hiringManagerId = :userId or m.userId = :userId
            order by o.createdAt desc
            """)
    List<Opening> findInvolving(@Param("userId") Long userId);
}
