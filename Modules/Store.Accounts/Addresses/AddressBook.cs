using Microsoft.EntityFrameworkCore;
using Store.Core.Data;

namespace Store.Accounts.Addresses;

/// <summary>
/// A user's addresses, shared by the storefront and the API. Every query is filtered by the owner, so
/// another user's address id behaves exactly like an id that does not exist.
/// </summary>
public sealed class AddressBook(StoreDbContext db, TimeProvider time)
{
    public const int MaxAddresses = 20;

    private DbSet<Address> Addresses => db.Set<Address>();

    public Task<List<Address>> ListAsync(string userId, CancellationToken cancellationToken) =>
        Addresses.AsNoTracking().Where(a => a.UserId == userId).OrderByDescending(a => a.IsDefault).ThenBy(a => a.Id).ToListAsync(cancellationToken);

    public Task<Address?> FindAsync(string userId, int id, CancellationToken cancellationToken) =>
        Addresses.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.UserId == userId, cancellationToken);

    public async Task<(Dictionary<string, string> Errors, Address? Address)> AddAsync(string userId, AddressInput input, CancellationToken cancellationToken)
    {
        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return (errors, null);
        }

        // One count serves both the cap and the first-address rule, read in the transaction that inserts.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var count = await Addresses.CountAsync(a => a.UserId == userId, cancellationToken);
        if (count >= MaxAddresses)
        {
            errors[""] = $"An address book holds at most {MaxAddresses} addresses. Delete one you no longer use.";
            return (errors, null);
        }

        var address = new Address { UserId = userId, FullName = "", Line1 = "", City = "", PostalCode = "", Country = "", CreatedUtc = time.GetUtcNow().UtcDateTime };
        input.CopyTo(address);
        // The first address is the default, so checkout always has one to offer.
        address.IsDefault = input.IsDefault || count == 0;
        if (address.IsDefault)
        {
            await ClearDefaultAsync(userId, cancellationToken);
        }

        Addresses.Add(address);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (errors, address);
    }

    /// <summary>Null when the address is not the user's; otherwise the problems by field, empty when saved.</summary>
    public async Task<Dictionary<string, string>?> UpdateAsync(string userId, int id, AddressInput input, CancellationToken cancellationToken)
    {
        var address = await Addresses.FirstOrDefaultAsync(a => a.Id == id && a.UserId == userId, cancellationToken);
        if (address is null)
        {
            return null;
        }

        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return errors;
        }

        input.CopyTo(address);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (input.IsDefault && !address.IsDefault)
        {
            await ClearDefaultAsync(userId, cancellationToken);
            address.IsDefault = true;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return errors;
    }

    public async Task<bool> MakeDefaultAsync(string userId, int id, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await Addresses.AnyAsync(a => a.Id == id && a.UserId == userId, cancellationToken))
        {
            return false;
        }

        await ClearDefaultAsync(userId, cancellationToken);
        await Addresses.Where(a => a.Id == id && a.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(a => a.IsDefault, true), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> DeleteAsync(string userId, int id, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var wasDefault = await Addresses.Where(a => a.Id == id && a.UserId == userId).Select(a => (bool?)a.IsDefault).FirstOrDefaultAsync(cancellationToken);
        if (wasDefault is null)
        {
            return false;
        }

        await Addresses.Where(a => a.Id == id && a.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        if (wasDefault == true)
        {
            // The oldest remaining address takes over as default.
            var next = await Addresses.Where(a => a.UserId == userId).OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
            if (next is not null)
            {
                await Addresses.Where(a => a.Id == next).ExecuteUpdateAsync(s => s.SetProperty(a => a.IsDefault, true), cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private Task<int> ClearDefaultAsync(string userId, CancellationToken cancellationToken) =>
        Addresses.Where(a => a.UserId == userId && a.IsDefault).ExecuteUpdateAsync(s => s.SetProperty(a => a.IsDefault, false), cancellationToken);
}
