package io.hirestage.opening;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** Someone on an opening: one of its recruiters or of its interview team. */
@Embeddable
class OpeningMember {

    enum Part { RECRUITER, INTERVIEWER }

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "part", nullable = false, length = 20)
    private Part part;

    protected OpeningMember() {
    }

    OpeningMember(Long userId, Part part) {
        this.userId = userId;
        this.part = part;
    }

    Long getUserId() {
        return userId;
    }

    Part getPart() {
        return part;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpeningMember that && userId.equals(that.userId) && part == that.part;
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, part);
    }
}
