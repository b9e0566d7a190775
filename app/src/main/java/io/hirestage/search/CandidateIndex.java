package io.hirestage.search;

import io.hirestage.search.CandidateDocument.Fields;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Lucene index of every candidate, kept beside the database (an index folder next to the H2
 * data, or in memory for tests). A feature that changes what a candidate is or where they stand
 * says so with {@link #changed} in its transaction; the candidates are indexed again right after it
 * commits, so the next search sees the change. On start the index is rebuilt from the database
 * when it is missing, made by an older version of this code, or holds another number of candidates
 * than the database (after a restore); admins can rebuild it by hand.
 */
@Service
public class CandidateIndex implements SmartInitializingSingleton {

    /** Raised when what the index stores changes: an index made by another version is rebuilt. */
    static final String SCHEMA = "1";
    private static final String SCHEMA_KEY = "schema";
    private static final String GENERATION = "generation";
    private static final String COMMITTED_AT = "committedAt";
    private static final int BATCH = 1_000;
    /** The deepest page a search serves; a person narrows the search before scrolling further. */
    public static final int MAX_HITS = 100_000;

    private static final Logger log = LoggerFactory.getLogger(CandidateIndex.class);

    private final CandidateIndexSource source;
    private final ObjectProvider<CandidateIndexContributor> contributors;
    private final IndexChangeLog changeLog;
    private final TransactionTemplate reading;
    private final Clock clock;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicLong rebuilt = new AtomicLong();
    private final AtomicLong toRebuild = new AtomicLong();
    private volatile String generation = "0";
    private volatile Instant lastRebuildAt;
    private volatile Duration lastRebuildTook;
    private volatile String lastProblem;
    private final long foregroundRebuildLimit;

    CandidateIndex(CandidateIndexSource source, ObjectProvider<CandidateIndexContributor> contributors, IndexChangeLog changeLog,
                   PlatformTransactionManager transactions, Clock clock,
                   @Value("${hirestage.search.index-dir:data/search-index}") String indexDir,
                   @Value("${hirestage.search.rebuild-in-foreground-up-to:50000}") long foregroundRebuildLimit) throws IOException {
        this.source = source;
        this.contributors = contributors;
        this.changeLog = changeLog;
        this.reading = new TransactionTemplate(transactions);
        reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        reading.setReadOnly(true);
        this.clock = clock;
        this.directory = open(indexDir);
        IndexWriterConfig config = new IndexWriterConfig(SearchWords.ANALYZER).setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
        this.foregroundRebuildLimit = foregroundRebuildLimit;
    }

    /** Once every bean exists (the features that describe candidates too), before the portal serves anyone. */
    @Override
    public void afterSingletonsInstantiated() {
        try {
            startUp();
        } catch (IOException e) {
            throw new UncheckedIOException("The candidate search index could not be opened", e);
        }
    }

    private static Directory open(String indexDir) throws IOException {
        if (indexDir.isBlank() || indexDir.equals("memory")) {
            return new ByteBuffersDirectory();
        }
        Path path = Path.of(indexDir);
        Files.createDirectories(path);
        return FSDirectory.open(path);
    }

    /** A small database is indexed before the portal serves anyone; a large one in the background while the old index serves. */
    private void startUp() throws IOException {
        Map<String, String> stored = DirectoryReader.indexExists(directory) ? committedUserData() : Map.of();
        long candidates = source.count();
        long documents = writer.getDocStats().numDocs;
        Instant committedAt = stored.containsKey(COMMITTED_AT) ? Instant.parse(stored.get(COMMITTED_AT)) : Instant.EPOCH;
        String reason = !SCHEMA.equals(stored.get(SCHEMA_KEY)) ? "it was made by another version or is new"
                : committedAt.isBefore(clock.instant().minus(IndexFollower.KEPT)) ? "it is older than the change log"
                : documents != candidates ? "it holds " + documents + " candidates and the database " + candidates : null;
        generation = stored.getOrDefault(GENERATION, "0");
        if (reason == null) {
            // Changes made through other nodes while this one was down.
            reindex(changeLog.since(committedAt.minus(IndexFollower.WINDOW)).stream().map(IndexChangeLog.Change::candidateId)
                    .distinct().toList());
            return;
        }
        log.info("Rebuilding the candidate search index: {}", reason);
        if (candidates <= foregroundRebuildLimit) {
            rebuild();
        } else {
            rebuildInBackground();
        }
    }

    private Map<String, String> committedUserData() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.getIndexCommit().getUserData();
        }
    }

    /**
     * Marks candidates to index again once the caller's transaction commits (at once without one),
     * on this node and, through the change log, on every other. Call it from the transaction that
     * changes what the index knows of them, or removes them.
     */
    public void changed(Collection<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return;
        }
        changeLog.record(candidateIds, clock.instant());
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            reindex(candidateIds);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<Long> fresh = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CandidateIndex.this);
                    if (status == STATUS_COMMITTED) {
                        reindex(fresh);
                    }
                }
            });
            pending = fresh;
        }
        pending.addAll(candidateIds);
    }

    public void changed(long candidateId) {
        changed(List.of(candidateId));
    }

    /**
     * Indexes these candidates again from the database now. The change it follows is saved already,
     * so a failure here is logged and shown to admins (who rebuild), never thrown at the person.
     */
    void reindex(Collection<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return;
        }
        try {
            List<Long> ids = List.copyOf(candidateIds);
            for (int from = 0; from < ids.size(); from += BATCH) {
                write(describe(ids.subList(from, Math.min(ids.size(), from + BATCH))));
            }
            commit();
        } catch (IOException | RuntimeException e) {
            lastProblem = "Indexing candidates " + candidateIds + " failed: " + e.getMessage();
            log.error("Indexing candidates {} failed; rebuild the search index to catch up", candidateIds, e);
        }
    }

    /**
     * Reads the documents in a transaction of their own: this runs right after the change's
     * transaction completed, whose connection may still be bound to the thread.
     */
    private Map<Long, CandidateDocument> describe(List<Long> ids) {
        Map<Long, CandidateDocument> documents = new LinkedHashMap<>();
        ids.forEach(id -> documents.put(id, new CandidateDocument(id)));
        reading.executeWithoutResult(status -> {
            source.describe(documents);
            contributors.orderedStream().forEach(contributor -> contributor.describe(documents));
        });
        return documents;
    }

    private synchronized void write(Map<Long, CandidateDocument> documents) throws IOException {
        String current = generation;
        for (CandidateDocument document : documents.values()) {
            Term id = new Term(Fields.ID, String.valueOf(document.candidateId()));
            if (document.exists()) {
                Document lucene = document.toLucene();
                lucene.add(new StringField(GENERATION, current, Field.Store.NO));
                writer.updateDocument(id, lucene);
            } else {
                writer.deleteDocuments(id);
            }
        }
    }

    private synchronized void commit() throws IOException {
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA, GENERATION, generation, COMMITTED_AT, clock.instant().toString()).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Starts a rebuild on a background thread, unless one runs; {@link #status()} tells its progress. */
    @RolesAllowed("ADMIN")
    public void rebuildInBackground() {
        if (rebuilding.get()) {
            return;
        }
        Thread.ofVirtual().name("search-index-rebuild").start(this::rebuild);
    }

    /**
     * Indexes every candidate again. The old documents keep answering searches meanwhile; those of
     * candidates no longer in the database are removed at the end.
     */
    void rebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            return;
        }
        Instant started = clock.instant();
        try {
            rebuilt.set(0);
            toRebuild.set(source.count());
            synchronized (this) {
                generation = String.valueOf(Long.parseLong(generation) + 1);
            }
            long after = 0;
            for (List<Long> ids = source.idsAfter(after, BATCH); !ids.isEmpty(); ids = source.idsAfter(after, BATCH)) {
                write(describe(ids));
                rebuilt.addAndGet(ids.size());
                after = ids.getLast();
                if (rebuilt.get() % (50L * BATCH) == 0) {
                    searchers.maybeRefresh();
                }
            }
            BooleanQuery stale = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                    .add(new TermQuery(new Term(GENERATION, generation)), Occur.MUST_NOT).build();
            writer.deleteDocuments(stale);
            commit();
            lastRebuildAt = clock.instant();
            lastRebuildTook = Duration.between(started, lastRebuildAt);
            lastProblem = null;
            log.info("Indexed {} candidates for search in {} ms", rebuilt.get(), lastRebuildTook.toMillis());
        } catch (IOException | RuntimeException e) {
            lastProblem = "The rebuild failed: " + e.getMessage();
            log.error("Rebuilding the candidate search index failed", e);
        } finally {
            rebuilding.set(false);
        }
    }

    @RolesAllowed("ADMIN")
    public IndexStatus status() {
        return new IndexStatus(writer.getDocStats().numDocs, rebuilding.get(), rebuilt.get(), toRebuild.get(), lastRebuildAt,
                lastRebuildTook, lastProblem);
    }

    /** The ids of one page of the candidates the query finds, in this order (then newest first). */
    public List<Long> search(CandidateIndexQuery query, List<SearchOrder> order, int offset, int limit) {
        if (offset >= MAX_HITS || limit <= 0) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        forEach(query, order, offset, Math.min(limit, MAX_HITS - offset), ids::add);
        return ids;
    }

    /** Hands the ids of the candidates the query finds to {@code each}, in this order, from {@code offset}, at most {@code limit}. */
    public void forEach(CandidateIndexQuery query, List<SearchOrder> order, int offset, int limit, LongConsumer each) {
        IndexSearcher searcher = acquire();
        try {
            ScoreDoc[] hits = searcher.search(LuceneQueries.of(query), offset + limit, LuceneQueries.sort(order)).scoreDocs;
            var stored = searcher.storedFields();
            for (int i = offset; i < hits.length; i++) {
                each.accept(Long.parseLong(stored.document(hits[i].doc, Set.of(Fields.ID)).get(Fields.ID)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The candidate search index could not be read", e);
        } finally {
            release(searcher);
        }
    }

    /** How many candidates the query finds, counted up to {@code limit + 1}. */
    public long countAtMost(CandidateIndexQuery query, long limit) {
        IndexSearcher searcher = acquire();
        try {
            return Math.min(limit + 1, searcher.count(LuceneQueries.of(query)));
        } catch (IOException e) {
            throw new UncheckedIOException("The candidate search index could not be read", e);
        } finally {
            release(searcher);
        }
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("The candidate search index could not be opened", e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            log.warn("Releasing a search index reader failed", e);
        }
    }

    @PreDestroy
    void close() throws IOException {
        if (writer.hasUncommittedChanges()) {
            commit();
        }
        searchers.close();
        writer.close();
        directory.close();
    }
}
