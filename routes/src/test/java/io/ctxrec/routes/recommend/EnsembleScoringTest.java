package io.ctxrec.routes.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.adapters.artifacts.FileModelArtifacts;
import io.ctxrec.adapters.dl4j.Dl4jFamily;
import io.ctxrec.adapters.ensemble.EnsembleFamily;
import io.ctxrec.adapters.family.BuiltInFamilies;
import io.ctxrec.domain.family.ModelFamily.SavedModel;
import io.ctxrec.domain.port.LoadedVersion;
import io.ctxrec.domain.scoring.CombiningModel;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoredItem;
import io.ctxrec.domain.scoring.ScoringModel;
import io.ctxrec.domain.selection.ModelMetrics;
import io.ctxrec.domain.selection.ModelSelectionPolicy;
import io.ctxrec.routes.scoring.AnsweredLists;
import io.ctxrec.routes.scoring.ScoringRequest;
import io.ctxrec.routes.scoring.ScoringRoutes;
import io.ctxrec.routes.scoring.ScoringTask;
import io.ctxrec.routes.scoring.ServingVersion;
import io.ctxrec.routes.scoring.ServingVersions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.model.BeanDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ensemble in the scoring multicast, over the test version's four trained models with an ensemble of
 * equal weights: it answers from the scores its members computed for the same request, leaves a failing
 * member out, does not answer when none of its members did, and its list is selectable like any model's.
 */
class EnsembleScoringTest extends RecommendationTestSupport {
    private static final int K = 10;

    @TempDir
    Path folder;

    @Test
    void theEnsembleCombinesTheScoresItsAnsweringMembersComputedForTheRequest() throws Exception {
        AdviceWith.adviceWith(context, ScoringRoutes.routeIdOf(ModelName.BMF), a -> a.weaveByType(BeanDefinition.class)
                .replace().throwException(new IllegalStateException("BMF is broken")));
        context.start();
        ScoringTask task = task(withEqualEnsemble());

        AnsweredLists answered = score(task);

        assertThat(answered.rankings().keySet()).containsExactlyInAnyOrder("ENCM", "LNCM", "NeuMF", "ItemPop",
                "Ensemble");
        CombiningModel ensemble = task.version().combining().get(0);
        Map<ModelName, float[]> members = new HashMap<>();
        for (ModelName m : List.of(ModelName.ENCM, ModelName.LNCM, ModelName.NEUMF)) {
            members.put(m, ensemble.prepare(m, task.version().models().get(m).score(task.user(), task.items(),
                    task.context())));
        }
        assertThat(answered.of("Ensemble").productIds()).isEqualTo(best(task, ensemble.combine(members)));
        // ... which is not the four members' combination: BMF's scores are not computed a second time
        assertThat(answered.of("Ensemble").productIds())
                .isNotEqualTo(best(task, task.version().models().get(EnsembleFamily.NAME).score(task.user(),
                        task.items(), task.context())));
    }

    @Test
    void withoutAnyMemberAnsweringTheEnsembleDoesNotAnswer() throws Exception {
        for (ModelName model : Dl4jFamily.names()) {
            AdviceWith.adviceWith(context, ScoringRoutes.routeIdOf(model), a -> a.weaveByType(BeanDefinition.class)
                    .replace().throwException(new IllegalStateException(model + " is broken")));
        }
        context.start();

        // ItemPop, which is no member of this ensemble, still answers.
        assertThat(score(task(withEqualEnsemble())).rankings().keySet()).containsExactly("ItemPop");
    }

    @Test
    void theEnsembleIsSelectableByThePolicyLikeAnyModel() throws Exception {
        context.start();
        ScoringTask task = task(withEqualEnsemble());
        AnsweredLists answered = score(task);
        ModelSelectionPolicy policy = ModelSelectionPolicy.withDefaultPreference();
        Map<String, ModelMetrics> offline = new HashMap<>(task.version().offline());
        offline.put("Ensemble", new ModelMetrics(1.0, 1.0));

        // A user without purchases: the best offline MAP serves.
        assertThat(policy.select(answered.rankings(), Set.of(), offline).orElseThrow().winner()).isEqualTo("Ensemble");
        // A buyer: the ensemble's list is judged on the user's purchases like every model's.
        Set<String> purchased = Set.copyOf(answered.of("Ensemble").productIds().subList(0, 3));
        var selection = policy.select(answered.rankings(), purchased, offline).orElseThrow();
        assertThat(selection.metrics().get("Ensemble").precision()).isEqualTo(0.3);
        assertThat(selection.metrics().get("Ensemble").map()).isEqualTo(1.0);
    }

    private AnsweredLists score(ScoringTask task) {
        ScoringRequest request = () -> task;
        return template.requestBody(ScoringRoutes.MODELS, request, AnsweredLists.class);
    }

    /** The test version's four models and an ensemble of them with equal weights (fitted without validation cases). */
    private ServingVersion withEqualEnsemble() {
        ServingVersion trained = ServingVersions.from(new FileModelArtifacts(shop.dataDir, BuiltInFamilies.all())).apply(shop.activeVersion());
        Map<ModelName, SavedModel> members = new LinkedHashMap<>();
        Map<ModelName, float[][]> noCases = new LinkedHashMap<>();
        for (ModelName m : Dl4jFamily.names()) {
            members.put(m, new SavedModel(trained.loaded().models().get(m), trained.models().get(m)));
            noCases.put(m, new float[0][]);
        }
        EnsembleFamily family = new EnsembleFamily();
        assertThat(family.fit(trained.version(), noCases, rows -> 0, folder).values()).containsOnly(0.25);
        SavedModel ensemble = family.load(folder, trained.version(), members).orElseThrow();
        Map<ModelName, ScoringModel> models = new LinkedHashMap<>(trained.loaded().models());
        Map<ModelName, ScoringModel> serving = new LinkedHashMap<>(trained.models());
        models.put(EnsembleFamily.NAME, ensemble.trained());
        serving.put(EnsembleFamily.NAME, ensemble.serving());
        return new ServingVersion(new LoadedVersion(trained.version(), models, trained.encoders(), serving),
                trained.offline());
    }

    private ScoringTask task(ServingVersion version) {
        int user = version.encoders().users().indexOf(shop.buyer(1, 3)).orElseThrow();
        List<String> ids = new ArrayList<>();
        int[] items = new int[version.encoders().nItems()];
        for (int i = 0; i < items.length; i++) {
            items[i] = i;
            ids.add(version.encoders().items().idAt(i));
        }
        return new ScoringTask(version, user, ids, items, version.encoders().encodeContext(Map.of()), K);
    }

    private static List<String> best(ScoringTask task, float[] scores) {
        List<ScoredItem> all = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            all.add(new ScoredItem(task.itemIds().get(i), scores[i]));
        }
        all.sort(ScoredItem.BEST_FIRST);
        return all.subList(0, K).stream().map(ScoredItem::productId).toList();
    }
}
