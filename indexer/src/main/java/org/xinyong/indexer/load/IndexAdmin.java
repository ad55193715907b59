package org.xinyong.indexer.load;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinyong.core.es.IndexNames;
import org.xinyong.core.es.PlainIndexes;
import org.xinyong.core.es.IndexTemplates;
import org.xinyong.core.json.Json;

/**
 * Versioned indexes behind read aliases. Readers only use the alias; a rebuild writes a new
 * version, then one {@code _aliases} call moves the alias (atomic: a search sees the old index or
 * the new one, never neither), then older versions are deleted.
 */
public final class IndexAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(IndexAdmin.class);
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** Which of our two rebuildable indexes. */
    public enum Kind { RECORDS, SUBJECTS }

    private final ElasticsearchClient client;
    private final IndexNames names;

    public IndexAdmin(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    public IndexNames names() {
        return names;
    }

    public String alias(Kind kind) {
        return kind == Kind.RECORDS ? names.records() : names.subjects();
    }

    /** Makes sure both aliases point at an index, creating a first version where one is missing. */
    public void ensureLive() {
        for (Kind kind : Kind.values()) {
            if (current(kind).isEmpty()) {
                String index = createVersion(kind, false);
                swap(kind, index);
            } else {
                Map<String, TypeMapping> live = liveMappings(kind);
                if (live.values().stream().anyMatch(m -> version(m) < wantedVersion(kind))) {
                    addNewFields(kind, live);
                }
            }
        }
        ensurePlainIndex(names.meta());
    }

    /**
     * Adds the top-level fields this release's mapping has and an older live index lacks (such as
     * {@code decisionYear}): the mapping is strict, so without them every new document would be
     * refused. Only missing fields are put: a field whose definition changed (other index
     * options, a new sub-field with a new analyzer) cannot change in place and waits for the
     * rebuild, as do older documents, which lack the new fields until then; so the mapping's
     * {@code _meta.version} stays as it was and {@link #outdated()} keeps saying so.
     */
    private void addNewFields(Kind kind, Map<String, TypeMapping> liveMappings) {
        try {
            Set<String> live = new HashSet<>();
            liveMappings.values().forEach(m -> live.addAll(m.properties().keySet()));
            ObjectNode missing = JsonNodeFactory.instance.objectNode();
            Json.newMapper().readTree(mapping(kind)).path("properties").properties().forEach(field -> {
                if (!live.contains(field.getKey())) {
                    missing.set(field.getKey(), field.getValue());
                }
            });
            if (missing.isEmpty()) {
                return;
            }
            String properties = "{\"properties\": " + missing + "}";
            client.indices().putMapping(p -> p.index(alias(kind)).withJson(new StringReader(properties)));
            List<String> added = new ArrayList<>();
            missing.fieldNames().forEachRemaining(added::add);
            LOG.info("Added {} to {}; rebuild it to fill them in older documents", added, alias(kind));
        } catch (IOException | ElasticsearchException e) {
            LOG.warn("Could not add this release's new fields to {} ({}); rebuild it", alias(kind), e.getMessage());
        }
    }

    private static int wantedVersion(Kind kind) {
        return IndexTemplates.mappingVersion(mapping(kind));
    }

    /** The mapping of each index behind {@code kind}'s alias. */
    private Map<String, TypeMapping> liveMappings(Kind kind) {
        Map<String, TypeMapping> mappings = new LinkedHashMap<>();
        try {
            client.indices().getMapping(g -> g.index(alias(kind))).result()
                    .forEach((index, record) -> mappings.put(index, record.mappings()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return mappings;
    }

    /** A mapping's {@code _meta.version} (1 when it predates versions). */
    private static int version(TypeMapping mapping) {
        var meta = mapping.meta();
        return meta.containsKey("version") ? meta.get("version").to(Integer.class) : 1;
    }

    /**
     * The live indexes built from an older mapping than this release's ({@code _meta.version}):
     * they still answer, but what the newer mapping adds (e.g. the initials pairs that make an
     * initials search cheap) is missing until a rebuild.
     */
    public List<String> outdated() {
        List<String> outdated = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            int wanted = wantedVersion(kind);
            liveMappings(kind).forEach((index, mapping) -> {
                int live = version(mapping);
                if (live < wanted) {
                    outdated.add(index + " (mapping version " + live + ", this release " + wanted + ")");
                }
            });
        }
        return outdated;
    }

    /** The index the alias points at now, if any. */
    public Optional<String> current(Kind kind) {
        try {
            if (!client.indices().existsAlias(a -> a.name(alias(kind))).value()) {
                return Optional.empty();
            }
            GetAliasResponse response = client.indices().getAlias(a -> a.name(alias(kind)));
            return response.result().keySet().stream().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates a new empty version. For a bulk rebuild ({@code forBulk}) refresh is off and there
     * are no replicas; {@link #finishBulk} restores them before the alias moves.
     */
    public String createVersion(Kind kind, boolean forBulk) {
        String index = alias(kind) + "-v" + ZonedDateTime.now(ZoneOffset.UTC).format(VERSION);
        String mapping = mapping(kind);
        String settings = IndexTemplates.analysis().replaceFirst("\\{", "{\"index\": {\"number_of_shards\": 1, "
                + "\"number_of_replicas\": 0, \"refresh_interval\": \"" + (forBulk ? "-1" : "1s") + "\"},");
        try {
            client.indices().create(c -> c.index(index)
                    .settings(s -> s.withJson(new StringReader(settings)))
                    .mappings(m -> m.withJson(new StringReader(mapping))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("Created index {}", index);
        return index;
    }

    private static String mapping(Kind kind) {
        return kind == Kind.RECORDS ? IndexTemplates.recordsMapping() : IndexTemplates.subjectsMapping();
    }

    /** Restores the near-real-time refresh after a bulk load and makes everything searchable. */
    public void finishBulk(String index) {
        try {
            client.indices().putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> t.time("1s"))));
            client.indices().refresh(r -> r.index(index));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asks Elasticsearch to merge a freshly rebuilt version into one segment, in the background
     * (the call returns at once). A bulk load leaves ~20 segments; every search pays a per-segment
     * price, and merged, the API's searches took half the time (BENCHMARKS.md §2). Merging a
     * million records takes ~30 s of one core here: after the swap, so the new data goes live as
     * soon as it is complete, and searches in those seconds run on the unmerged segments.
     */
    public void mergeInBackground(String index) {
        try {
            client.indices().forcemerge(f -> f.index(index).maxNumSegments(1L).waitForCompletion(false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("Merging {} into one segment in the background", index);
    }

    /** Points the alias at {@code index} in one atomic request. */
    public void swap(Kind kind, String index) {
        String alias = alias(kind);
        Optional<String> old = current(kind);
        try {
            client.indices().updateAliases(u -> {
                old.ifPresent(o -> u.actions(a -> a.remove(r -> r.index(o).alias(alias))));
                return u.actions(a -> a.add(ad -> ad.index(index).alias(alias).isWriteIndex(true)));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("Alias {} now points at {}{}", alias, index, old.map(o -> " (was " + o + ")").orElse(""));
    }

    /** Deletes every version of {@code kind} the alias does not point at (old ones, and crashed builds). */
    public List<String> deleteUnusedVersions(Kind kind) {
        String live = current(kind).orElse("");
        List<String> deleted = new ArrayList<>();
        try {
            var response = client.indices().get(g -> g.index(IndexNames.versionPattern(alias(kind))).allowNoIndices(true));
            for (String index : response.result().keySet()) {
                if (!index.equals(live)) {
                    client.indices().delete(d -> d.index(index));
                    deleted.add(index);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!deleted.isEmpty()) {
            LOG.info("Deleted old index versions {}", deleted);
        }
        return deleted;
    }

    /** An index that is never rebuilt (meta, report registry, workflow): created once, kept. */
    public void ensurePlainIndex(String index) {
        PlainIndexes.ensure(client, index, "{\"dynamic\": false}");
    }
}
