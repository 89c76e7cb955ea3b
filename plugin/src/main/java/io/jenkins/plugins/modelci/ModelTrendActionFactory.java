package io.jenkins.plugins.modelci;

import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import java.util.Collection;
import java.util.List;
import jenkins.model.TransientActionFactory;

/** Gives every job that has a {@link TrendIndex} its {@link ModelTrendAction}; a file check, no parsing. */
@Extension
@SuppressWarnings("rawtypes")
public class ModelTrendActionFactory extends TransientActionFactory<Job> {
    @Override
    public Class<Job> type() {
        return Job.class;
    }

    @Override
    public Class<? extends Action> actionType() {
        return ModelTrendAction.class;
    }

    @Override
    public Collection<? extends Action> createFor(Job target) {
        return TrendIndex.exists(target.getRootDir()) ? List.of(new ModelTrendAction(target)) : List.of();
    }
}
