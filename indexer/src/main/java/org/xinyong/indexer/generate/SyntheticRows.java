package org.xinyong.indexer.generate;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.privacy.IdHasher;
import org.xinyong.indexer.feed.FeedContext;
import org.xinyong.indexer.feed.FeedKind;
import org.xinyong.indexer.feed.ParsedRow;
import org.xinyong.indexer.map.Field;
import org.xinyong.indexer.map.HeaderDictionary;
import org.xinyong.indexer.read.RawRow;
import org.xinyong.indexer.validate.RowValidator;
import org.xinyong.indexer.validate.Validators;

/**
 * Row {@code index} of each kind, as a field map; and the same row as a validated record, by the
 * very validators that parse department feeds, so generated records and parsed ones agree.
 */
final class SyntheticRows {
    /** Only for generated JSON Lines: they hold no natural persons, so no hash in them depends on it. */
    static final String SAMPLE_PEPPER = "xinyong-generator-sample-pepper";

    private final RowContext ctx;
    private final DecisionRows decisions;
    private final ListRows lists;
    private final ProgramRows programs;
    private final StatusRows statuses;
    private final Map<FeedKind, RowValidator> validators = new EnumMap<>(FeedKind.class);
    private final FeedContext feedContext;

    SyntheticRows(long seed, long poolSize, LocalDate today, IdHasher hasher) {
        this.ctx = new RowContext(seed, new SubjectPool(seed, poolSize), today);
        this.decisions = new DecisionRows(ctx);
        this.lists = new ListRows(ctx);
        this.programs = new ProgramRows(ctx);
        this.statuses = new StatusRows(ctx, decisions);
        this.feedContext = new FeedContext("generated", hasher, today);
    }

    Map<Field, String> row(FeedKind kind, long index, boolean allowPersons) {
        return switch (kind) {
            case PENALTY -> decisions.penalty(index, allowPersons);
            case LICENSE -> decisions.license(index, allowPersons);
            case RED_LIST -> lists.red(index);
            case BLACK_LIST -> lists.black(index, allowPersons);
            case COMMITMENT -> programs.commitment(index, allowPersons);
            case INSPECTION -> programs.inspection(index);
            case EVALUATION -> programs.evaluation(index);
            case STATUS, JSONL -> throw new IllegalArgumentException(kind.name());
        };
    }

    Map<Field, String> status(long index, long penaltyIndex) {
        return statuses.status(index, penaltyIndex);
    }

    /** The row as our parser accepts it; a generated good row that fails validation is a generator bug. */
    ParsedRow.Accepted accepted(FeedKind kind, long index, Map<Field, String> row) {
        Layout layout = chineseLayout(kind);
        RowValidator validator = validators.computeIfAbsent(kind, k -> Validators.forKind(k,
                HeaderDictionary.forKind(k).bind(layout.header()), feedContext, false, true));
        ParsedRow parsed = validator.validate(new RawRow(index + 2, layout.project(row)));
        if (parsed instanceof ParsedRow.Accepted accepted) {
            return accepted;
        }
        throw new IllegalStateException("generated " + kind + " row " + index + " does not validate: " + parsed);
    }

    CreditRecord record(FeedKind kind, long index, boolean allowPersons) {
        return accepted(kind, index, row(kind, index, allowPersons)).record();
    }

    static Layout chineseLayout(FeedKind kind) {
        return switch (kind) {
            case PENALTY -> Layouts.PENALTY_CHINESE;
            case LICENSE -> Layouts.LICENSE_CHINESE;
            case RED_LIST -> Layouts.RED_LIST;
            case BLACK_LIST -> Layouts.BLACK_LIST;
            case COMMITMENT -> Layouts.COMMITMENT;
            case INSPECTION -> Layouts.INSPECTION;
            case EVALUATION -> Layouts.EVALUATION;
            case STATUS -> Layouts.STATUS;
            case JSONL -> throw new IllegalArgumentException("JSON Lines have no layout");
        };
    }
}
