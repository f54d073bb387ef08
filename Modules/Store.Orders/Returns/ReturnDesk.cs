using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Core.Data;
using Store.Orders.Orders;

namespace Store.Orders.Returns;

/// <summary>
/// Takes return and withdrawal requests and moves them along (requested → approved or rejected → received →
/// refunded). Each step is one transaction with its history row on the order and its email in the outbox; a step
/// is a conditional update on the status it starts from, so of two identical clicks one acts and the other is told.
/// </summary>
internal sealed class ReturnDesk(StoreDbContext db, ReturnRules rules, ReturnEmails emails, ReturnReplacements replacements, TimeProvider time, IStringLocalizer<ReturnDesk> localizer)
{
    public const int ReasonMax = 1000;

    public async Task<ReturnOutcome> RequestAsync(int orderId, ReturnKind kind, ReturnForm form, string by, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(form.Key) || form.Key.Length > 100)
        {
            return ReturnOutcome.Refused("Key", "Send a key of 1 to 100 characters that names this request, so a repeat makes one request.");
        }

        if (await ExistingAsync(orderId, form.Key, cancellationToken) is { } existing)
        {
            return new ReturnOutcome(existing, new Dictionary<string, string>());
        }

        var errors = new Dictionary<string, string>();
        var outcome = kind == ReturnKind.Withdrawal ? "refund" : form.Outcome?.Trim().ToLowerInvariant();
        var reason = form.Reason?.Trim();
        if (kind == ReturnKind.Return)
        {
            if (outcome is not ("refund" or "exchange"))
            {
                errors["Outcome"] = "Choose what you would like: a refund or an exchange.";
            }

            if (string.IsNullOrEmpty(reason) || reason.Length > ReasonMax)
            {
                errors["Reason"] = $"Tell us why you return it, in 1 to {ReasonMax} characters.";
            }
        }

        var lines = await rules.ForOrderAsync(orderId, kind, cancellationToken);
        var asked = form.Lines.Where(l => l.Value != 0).ToList();
        foreach (var (lineId, units) in asked)
        {
            var line = lines.FirstOrDefault(l => l.LineId == lineId);
            if (line is null)
            {
                errors["Lines"] = "One of the lines is not part of this order.";
            }
            else if (units < 0 || units > line.Returnable)
            {
                errors["Line_" + lineId] = line.Returnable == 0 ? $"{line.ProductName}: {line.WhyNot}" : $"{line.ProductName}: choose from 0 to {line.Returnable}.";
            }
        }

        if (asked.Count == 0 && !errors.ContainsKey("Lines"))
        {
            errors["Lines"] = lines.Any(l => l.Returnable > 0) ? "Choose at least one item." : lines.Select(l => l.WhyNot).FirstOrDefault(w => w is not null) ?? "Nothing in this order can be sent back.";
        }

        if (errors.Count > 0)
        {
            return new ReturnOutcome(null, errors);
        }

        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await TryInsertAsync(orderId, kind, form.Key, asked, reason, outcome!, lines, by, cancellationToken) is { } number)
            {
                return new ReturnOutcome(number, errors);
            }

            // The key was used meanwhile (a double submit): answer its request; else the number was taken: draw the next.
            if (await ExistingAsync(orderId, form.Key, cancellationToken) is { } raced)
            {
                return new ReturnOutcome(raced, errors);
            }
        }

        return ReturnOutcome.Refused("", "The request could not be saved; please try again.");
    }

    private async Task<string?> TryInsertAsync(int orderId, ReturnKind kind, string key, List<KeyValuePair<int, int>> asked, string? reason, string outcome, IReadOnlyList<ReturnableLine> lines, string by, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var order = await db.Set<Order>().AsNoTracking().Where(o => o.Id == orderId).Select(o => new { o.Number, o.Email, o.Status }).FirstAsync(cancellationToken);
        var sequence = 1 + (await db.Set<ReturnRequest>().Where(r => r.OrderId == orderId).MaxAsync(r => (int?)r.Sequence, cancellationToken) ?? 0);
        var request = new ReturnRequest
        {
            OrderId = orderId,
            Sequence = sequence,
            Number = $"{order.Number}-R{sequence}",
            Kind = kind,
            Status = ReturnStatus.Requested,
            Reason = kind == ReturnKind.Withdrawal ? null : reason,
            Outcome = outcome,
            Email = order.Email,
            IdempotencyKey = key,
            RequestedUtc = now,
            UpdatedUtc = now,
            RequestedBy = by,
            Lines = asked.Select(a => new ReturnLine { OrderLineId = a.Key, Quantity = a.Value }).ToList(),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Set<ReturnRequest>().Add(request);
        var what = string.Join(", ", asked.Select(a => $"{a.Value} × {lines.First(l => l.LineId == a.Key).ProductName}"));
        db.Set<OrderHistoryEntry>().Add(new OrderHistoryEntry
        {
            OrderId = orderId,
            From = order.Status,
            To = order.Status,
            AtUtc = now,
            By = by,
            Note = (kind == ReturnKind.Withdrawal ? $"Withdrawal from the contract {request.Number}: " : $"Return {request.Number} requested ({outcome}): ") + what,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await emails.QueueAsync(request.Number, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return request.Number;
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return null;
        }
    }

    /// <summary>
    /// Staff's steps: approve or reject a requested return, mark an approved one received, send the replacement of a
    /// received exchange (<see cref="ReturnReplacements"/>); refunds go through <see cref="MarkRefundedAsync"/>.
    /// </summary>
    public async Task<ReturnOutcome> MoveAsync(string number, ReturnStatus to, string? note, string by, CancellationToken cancellationToken)
    {
        if (to == ReturnStatus.Replaced)
        {
            return await replacements.SendAsync(number, by, cancellationToken);
        }

        var from = to switch
        {
            ReturnStatus.Approved or ReturnStatus.Rejected => ReturnStatus.Requested,
            ReturnStatus.Received => ReturnStatus.Approved,
            _ => (ReturnStatus?)null,
        };
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (from is null)
        {
            return ReturnOutcome.Refused("Status", localizer["Staff may approve, reject, mark received or send a replacement; refunds are made from the return's refund button."]);
        }

        if (note?.Length > 500)
        {
            return ReturnOutcome.Refused("Note", localizer["The note may hold 500 characters at most."]);
        }

        if (to == ReturnStatus.Rejected && note is null)
        {
            return ReturnOutcome.Refused("Note", localizer["Say why the return is rejected: the customer reads it in the email."]);
        }

        return await StepAsync(number, from.Value, to, note, by, 0, cancellationToken);
    }

    /// <summary>
    /// Payments' refund of a received return: moves it to Refunded before the money moves (of two clicks one wins),
    /// without history or email yet; <see cref="RecordRefundedAsync"/> writes those once the refund went through.
    /// </summary>
    public Task<ReturnOutcome> MarkRefundedAsync(string number, long amount, string by, CancellationToken cancellationToken) =>
        StepAsync(number, ReturnStatus.Received, ReturnStatus.Refunded, null, by, amount, cancellationToken, record: false);

    public async Task RecordRefundedAsync(string number, string by, CancellationToken cancellationToken)
    {
        var found = await db.Set<ReturnRequest>().AsNoTracking().Where(r => r.Number == number).Select(r => new { r.OrderId, r.RefundedAmount }).FirstAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await RecordAsync(found.OrderId, number, $"Return {number} refunded ({found.RefundedAmount} minor units)", by, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Takes back <see cref="MarkRefundedAsync"/> when the provider refused the refund, so staff may try again.</summary>
    public Task UndoRefundedAsync(string number, CancellationToken cancellationToken) =>
        db.Set<ReturnRequest>().Where(r => r.Number == number && r.Status == ReturnStatus.Refunded)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ReturnStatus.Received).SetProperty(r => r.RefundedAmount, 0L), cancellationToken);

    private async Task<ReturnOutcome> StepAsync(string number, ReturnStatus from, ReturnStatus to, string? note, string by, long amount, CancellationToken cancellationToken, bool record = true)
    {
        var found = await db.Set<ReturnRequest>().AsNoTracking().Where(r => r.Number == number).Select(r => new { r.Id, r.OrderId, r.Status }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return ReturnOutcome.Missing;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moved = await db.Set<ReturnRequest>().Where(r => r.Id == found.Id && r.Status == from)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, to).SetProperty(r => r.UpdatedUtc, now).SetProperty(r => r.StaffNote, r => note ?? r.StaffNote).SetProperty(r => r.RefundedAmount, r => r.RefundedAmount + amount), cancellationToken);
        if (moved == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            var status = await db.Set<ReturnRequest>().Where(r => r.Id == found.Id).Select(r => r.Status).FirstAsync(cancellationToken);
            return ReturnOutcome.Refused("Status", localizer["Return {0} is {1}, so it cannot become {2}.", number, ReturnStatusLabels.Of(localizer, status), ReturnStatusLabels.Of(localizer, to)]);
        }

        if (record)
        {
            await RecordAsync(found.OrderId, number, $"Return {number} {to.ToString().ToLowerInvariant()}" + (note is null ? "" : ": " + note), by, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ReturnOutcome(number, new Dictionary<string, string>());
    }

    // The step's row in the order's history (the order's status does not change) and its email, in the open transaction.
    private async Task RecordAsync(int orderId, string number, string note, string by, CancellationToken cancellationToken)
    {
        var orderStatus = await db.Set<Order>().Where(o => o.Id == orderId).Select(o => o.Status).FirstAsync(cancellationToken);
        db.Set<OrderHistoryEntry>().Add(new OrderHistoryEntry { OrderId = orderId, From = orderStatus, To = orderStatus, AtUtc = time.GetUtcNow().UtcDateTime, By = by, Note = note });
        await emails.QueueAsync(number, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Every unit of the order that may be withdrawn from now, by line id: what the withdrawal takes when the customer picks nothing.</summary>
    public async Task<Dictionary<int, int>> WithdrawableAsync(int orderId, CancellationToken cancellationToken) =>
        (await rules.ForOrderAsync(orderId, ReturnKind.Withdrawal, cancellationToken)).Where(l => l.Returnable > 0).ToDictionary(l => l.LineId, l => l.Returnable);

    private Task<string?> ExistingAsync(int orderId, string key, CancellationToken cancellationToken) =>
        db.Set<ReturnRequest>().Where(r => r.OrderId == orderId && r.IdempotencyKey == key).Select(r => r.Number).FirstOrDefaultAsync(cancellationToken);
}
