package io.hirestage.candidate;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How uploaded resumes are read ({@code hirestage.resumes.*}): in separate reader processes, so a
 * hostile file costs at most one of them.
 *
 * @param readers     reader processes, and so resumes read at once; a few more wait their turn, and beyond
 *                    those an upload is refused as busy
 * @param timeout     how long reading one resume may take; a reader that takes longer is stopped
 * @param readerHeap  the heap of each reader process; a file that needs more is refused
 */
@ConfigurationProperties("hirestage.resumes")
record ResumeReadingProperties(@DefaultValue("2") int readers, @DefaultValue("20s") Duration timeout,
                               @DefaultValue("256MB") DataSize readerHeap) {
}
