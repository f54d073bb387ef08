using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Store.Core.Email;

/// <summary>Runs the dispatcher whenever a message is stored and every poll interval, for retries and other nodes' rows.</summary>
internal sealed class EmailSenderService(EmailDispatcher dispatcher, EmailSignal signal, EmailOptions options, TimeProvider time, ILogger<EmailSenderService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be unreachable or not migrated yet; the next round tries again.
                logger.LogError(ex, "The email outbox could not be read");
            }

            try
            {
                await signal.WaitAsync(options.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
