using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Store.Core.Data;

namespace Store.Core.Email;

internal static class EmailServiceCollectionExtensions
{
    public static IServiceCollection AddStoreEmail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        services.AddSingleton(options);
        services.AddSingleton<EmailSignal>();
        services.AddSingleton<EmailRenderer>();
        services.AddSingleton<EmailDispatcher>();
        services.AddScoped<EmailOutbox>();
        services.AddSingleton<OutboxWakeUpInterceptor>();
        services.ConfigureDbContext<StoreDbContext>((provider, db) => db.AddInterceptors(provider.GetRequiredService<OutboxWakeUpInterceptor>()));
        services.AddSingleton<IEmailTransport>(options.UsesSmtp
            ? new SmtpEmailTransport(options)
            : new PickupDirectoryTransport(Path.Combine(environment.ContentRootPath, options.PickupDirectory)));
        services.AddHostedService<EmailSenderService>();
        return services;
    }
}
