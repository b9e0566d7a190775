package io.hirestage.plugin;

import java.util.Collection;
import java.util.List;

/**
 * Where providers are put to use, told by the features that use them (the pipeline templates), so the
 * admin console can warn before a plugin that serves them is turned off or removed without knowing
 * those features.
 */
public interface ProviderUses {

    /** Each use of these providers, in words for an admin: "the pipeline of Backend Lead Developer (Skills assessment)". */
    List<String> of(Collection<String> providerIds);
}
