using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Data;
using Store.Core.Email;
using Store.Tests.Infrastructure;

namespace Store.Tests.Accounts;

internal static class Outbox
{
    /// <summary>
    /// Waits for the outbox row to <paramref name="to"/> to meet a condition, moving the shop's clock by <paramref name="step"/>
    /// while it waits, up to <paramref name="stepUntil"/> when given (so a slow machine cannot push the clock further).
    /// </summary>
    public static async Task<OutboxMessage> WaitForRowAsync(StoreAppFactory app, string to, Func<OutboxMessage, bool> condition, TimeSpan step, DateTime? stepUntil = null)
    {
        return await Eventually.ValueAsync(
            async () =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                var rows = await scope.ServiceProvider.GetRequiredService<StoreDbContext>().Set<OutboxMessage>().AsNoTracking().Where(m => m.To == to).ToListAsync();
                return rows.FirstOrDefault(condition);
            },
            $"The outbox row to {to} never met the condition.",
            TimeSpan.FromSeconds(20),
            () =>
            {
                if (step > TimeSpan.Zero && (stepUntil is null || app.Time.GetUtcNow().UtcDateTime < stepUntil))
                {
                    app.Time.Advance(step);
                }
            });
    }
}
