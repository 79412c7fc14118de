using Autofac;
using Crm.Abstractions.Activities;
using Crm.Abstractions.Api;
using Crm.Abstractions.Extensibility;
using Crm.Module.Data;
using Crm.Module.Notifications;

namespace Crm.Module.Activities;

/// <summary>Activities: types (built-in and plugins'), the service and its endpoints. Internal; CrmModule includes it.</summary>
internal sealed class ActivitiesModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<ActivityTypes>().SingleInstance();
        builder.Register(c => new ActivitySql(c.Resolve<CrmDatabase>().Dialect)).SingleInstance();
        builder.RegisterType<ActivityService>().AsSelf().As<IActivityService>().InstancePerLifetimeScope();
        builder.RegisterType<ActivityEndpoints>().As<ICrmApiContributor>().SingleInstance();
        builder.RegisterType<ActivityAssignmentNotifier>()
            .As<ICrmEventHandler<ActivityPlanned>>()
            .As<ICrmEventHandler<ActivityReassigned>>()
            .InstancePerLifetimeScope();

        // Reminders: scheduled in Quartz after commit, fired by a job that notifies the assignee.
        builder.RegisterType<ActivityReminders>()
            .As<ICrmEventHandler<ActivityPlanned>>()
            .As<ICrmEventHandler<ActivityCompleted>>()
            .As<ICrmEventHandler<ActivityCancelled>>()
            .As<ICrmEventHandler<ActivityEdited>>()
            .InstancePerLifetimeScope();
        builder.RegisterType<ActivityReminderJob>().AsSelf();
    }
}
