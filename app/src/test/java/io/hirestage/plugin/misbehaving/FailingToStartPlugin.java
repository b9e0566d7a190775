package io.hirestage.plugin.misbehaving;

import org.pf4j.Plugin;

/** A plugin whose start fails, as one that cannot reach its licence server when it starts. */
public class FailingToStartPlugin extends Plugin {

    @Override
    public void start() {
        throw new IllegalStateException("cannot reach the licence server");
    }
}
