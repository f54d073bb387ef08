using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Cart.Carts;

internal sealed class CartLineConfiguration : IEntityTypeConfiguration<CartLine>
{
    public void Configure(EntityTypeBuilder<CartLine> builder)
    {
        builder.ToTable("CartLines");
        builder.Property(l => l.NameSeen).HasMaxLength(300);
        builder.Property(l => l.CurrencySeen).HasMaxLength(3);
        // One line per variant: a second add of the same variant raises the quantity instead.
        builder.HasIndex(l => new { l.CartId, l.VariantId }).IsUnique();
    }
}
