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
        RequirePublicAddress(options, environment);
        services.AddSingleton(options);
        services.AddSingleton<EmailSignal>();
        services.AddSingleton<EmailRenderer>();
        services.AddSingleton<EmailDispatcher>();
        services.AddScoped<EmailOutbox>();
        services.AddScoped<Privacy.IPersonalData, OutboxPersonalData>();
        services.AddSingleton<OutboxWakeUpInterceptor>();
        services.ConfigureDbContext<StoreDbContext>((provider, db) => db.AddInterceptors(provider.GetRequiredService<OutboxWakeUpInterceptor>()));
        services.AddSingleton<IEmailTransport>(options.UsesSmtp
            ? new SmtpEmailTransport(options)
            : new PickupDirectoryTransport(Path.Combine(environment.ContentRootPath, options.PickupDirectory)));
        services.AddHostedService<EmailSenderService>();
        return services;
    }

    // Links in emails carry single-use tokens. Built from a request's Host header, a forged host would
    // send a victim's reset link to another site, so outside Development the shop's address is required.
    private static void RequirePublicAddress(EmailOptions options, IHostEnvironment environment)
    {
        if (options.BaseUrl.Length > 0)
        {
            if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new InvalidOperationException($"Email:BaseUrl must be an absolute http(s) address such as https://shop.example, not '{options.BaseUrl}'.");
            }
        }
        else if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException("Set Email:BaseUrl to the shop's public address (e.g. https://shop.example): links in emails are built from it.");
        }
    }
}
