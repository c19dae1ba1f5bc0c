package io.ctxrec.bench.reference;

import io.ctxrec.adapters.dl4j.ModelConfig;
import java.util.List;

/** BMF: dot(user, item) + user bias + item bias + global bias. */
final class ReferenceBmf extends ReferenceModel {
    private final int d;
    private final Param users;
    private final Param items;
    private final Param userBias;
    private final Param itemBias;
    private final Param global = Param.bias(1);
    private int user;
    private int item;

    ReferenceBmf(ModelConfig config) {
        super(config);
        this.d = config.embeddingDim();
        this.users = embedding(config.nUsers());
        this.items = embedding(config.nItems());
        this.userBias = Param.table(config.nUsers(), 1, 0.1, random);
        this.itemBias = Param.table(config.nItems(), 1, 0.1, random);
    }

    @Override
    void addParams(List<Param> list) {
        list.addAll(List.of(users, items, userBias, itemBias, global));
    }

    @Override
    float logit(int u, int i, int[] context) {
        user = u;
        item = i;
        return dot(users.w, u * d, items.w, i * d, d) + userBias.w[u] + itemBias.w[i] + global.w[0];
    }

    @Override
    void backward(float dz) {
        int uo = users.row(user);
        int io = items.row(item);
        for (int k = 0; k < d; k++) {
            users.g[uo + k] += dz * items.w[io + k];
            items.g[io + k] += dz * users.w[uo + k];
        }
        userBias.g[userBias.row(user)] += dz;
        itemBias.g[itemBias.row(item)] += dz;
        global.g[0] += dz;
    }
}
