using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Cart.Carts;

internal sealed class CartConfiguration : IEntityTypeConfiguration<Cart>
{
    public void Configure(EntityTypeBuilder<Cart> builder)
    {
        builder.ToTable("Carts");
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.Property(c => c.AnonymousKey).HasMaxLength(64);
        builder.Property(c => c.Notices).HasMaxLength(4000);
        builder.Property(c => c.CouponCode).HasMaxLength(32);
        builder.Property(c => c.Email).HasMaxLength(256);
        // The abandoned-cart job reads carts by their last change.
        builder.HasIndex(c => c.UpdatedUtc);
        // One cart per user and per key: two first adds at once cannot make two carts.
        builder.HasIndex(c => c.UserId).IsUnique();
        builder.HasIndex(c => c.AnonymousKey).IsUnique();
        builder.HasIndex(c => c.ExpiresUtc);
        builder.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.CartId).OnDelete(DeleteBehavior.Cascade);
    }
}
