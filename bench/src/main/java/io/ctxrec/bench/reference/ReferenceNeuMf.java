package io.ctxrec.bench.reference;

import io.ctxrec.adapters.dl4j.ModelConfig;
import java.util.List;

/** NeuMF: [GMF tower (u_g ⊙ v_g), MLP tower over [u_m, v_m]] into dense(1). */
final class ReferenceNeuMf extends ReferenceModel {
    private final int d;
    private final Param gmfUsers;
    private final Param gmfItems;
    private final Param mlpUsers;
    private final Param mlpItems;
    private final Mlp mlp;
    private final Dense output;
    private final float[] x;
    private final float[] dx;
    private final float[] towers;
    private final float[] top = new float[1];
    private final float[] dTowers;
    private int user;
    private int item;

    ReferenceNeuMf(ModelConfig config) {
        super(config);
        this.d = config.embeddingDim();
        this.gmfUsers = embedding(config.nUsers());
        this.gmfItems = embedding(config.nItems());
        this.mlpUsers = embedding(config.nUsers());
        this.mlpItems = embedding(config.nItems());
        this.mlp = new Mlp(2 * d, config.hiddenDims(), false, random);
        int width = d + mlp.width(2 * d);
        this.output = new Dense(width, 1, false, random);
        this.x = new float[2 * d];
        this.dx = new float[2 * d];
        this.towers = new float[width];
        this.dTowers = new float[width];
    }

    @Override
    void addParams(List<Param> list) {
        list.addAll(List.of(gmfUsers, gmfItems, mlpUsers, mlpItems));
        mlp.addParams(list);
        list.add(output.weights);
        list.add(output.bias);
    }

    @Override
    float logit(int u, int i, int[] context) {
        user = u;
        item = i;
        for (int k = 0; k < d; k++) {
            towers[k] = gmfUsers.w[u * d + k] * gmfItems.w[i * d + k];
        }
        System.arraycopy(mlpUsers.w, u * d, x, 0, d);
        System.arraycopy(mlpItems.w, i * d, x, d, d);
        float[] h = mlp.forward(x);
        System.arraycopy(h, 0, towers, d, towers.length - d);
        output.forward(towers, top);
        return top[0];
    }

    @Override
    void backward(float dz) {
        top[0] = dz;
        output.backward(towers, top, top, dTowers);
        int gu = gmfUsers.row(user);
        int gi = gmfItems.row(item);
        for (int k = 0; k < d; k++) {
            gmfUsers.g[gu + k] += dTowers[k] * gmfItems.w[gi + k];
            gmfItems.g[gi + k] += dTowers[k] * gmfUsers.w[gu + k];
        }
        if (mlp.layers.length > 0) {
            System.arraycopy(dTowers, d, mlp.topGradient(), 0, towers.length - d);
            mlp.backward(x, dx);
        } else {
            System.arraycopy(dTowers, d, dx, 0, 2 * d);
        }
        int mu = mlpUsers.row(user);
        int mi = mlpItems.row(item);
        for (int k = 0; k < d; k++) {
            mlpUsers.g[mu + k] += dx[k];
            mlpItems.g[mi + k] += dx[d + k];
        }
    }
}
