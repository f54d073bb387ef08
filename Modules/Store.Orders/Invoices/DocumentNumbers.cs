using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Store.Core.Data;

namespace Store.Orders.Invoices;

/// <summary>
/// Draws the next number of a series inside the caller's transaction. The counter row is created once per
/// series and year (<c>INSERT … ON CONFLICT DO NOTHING</c>, understood by SQLite and PostgreSQL alike, so two
/// first payments of a year do not fail on each other) and then incremented by one <c>UPDATE</c>, which holds
/// the row's lock until the transaction ends: a concurrent payment on any node waits, then draws the next
/// number. A transaction that rolls back gives its number back, so the series has no gaps.
/// </summary>
internal sealed class DocumentNumbers(StoreDbContext db, InvoicesOptions options)
{
    public async Task<(long Sequence, string Number)> NextAsync(DocumentKind kind, int year, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A document number is drawn inside the transaction that issues the document.");
        }

        var series = kind.ToString();
        if (await IncrementAsync(kind, year, cancellationToken) == 0)
        {
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "DocumentCounters" ("Kind", "Year", "Last") VALUES ({series}, {year}, 0) ON CONFLICT DO NOTHING""",
                cancellationToken);
            await IncrementAsync(kind, year, cancellationToken);
        }

        var sequence = await db.Set<DocumentCounter>().Where(c => c.Kind == kind && c.Year == year).Select(c => c.Last).SingleAsync(cancellationToken);
        return (sequence, Format(kind, year, sequence));
    }

    public string Format(DocumentKind kind, int year, long sequence)
    {
        var prefix = (kind == DocumentKind.Invoice ? options.InvoicePrefix : options.CreditNotePrefix)
            .Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return prefix + sequence.ToString(CultureInfo.InvariantCulture).PadLeft(options.Digits, '0');
    }

    private Task<int> IncrementAsync(DocumentKind kind, int year, CancellationToken cancellationToken) =>
        db.Set<DocumentCounter>().Where(c => c.Kind == kind && c.Year == year)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Last, c => c.Last + 1), cancellationToken);
}
