using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Orders.Abandoned;

internal sealed class CartReminderConfiguration : IEntityTypeConfiguration<CartReminder>
{
    public void Configure(EntityTypeBuilder<CartReminder> builder)
    {
        builder.ToTable("CartReminders");
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.Email).HasMaxLength(256);
        builder.Property(r => r.RecoveredOrderNumber).HasMaxLength(20);
        builder.Property(r => r.Currency).HasMaxLength(3);
        // One reminder per cart as it was left: of two nodes inserting it, one wins and sends.
        builder.HasIndex(r => new { r.CartId, r.CartUpdatedUtc }).IsUnique();
        builder.HasIndex(r => r.SentUtc);
        builder.HasIndex(r => new { r.UserId, r.SentUtc });
    }
}
