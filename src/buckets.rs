//! The index of a table read where it lies: records sorted by a hashed key and grouped in
//! buckets by the key's top bits, each bucket's record count one byte of the table. The
//! gazetteer table (`build.rs`) and the names model share it.

use std::ops::Range;

/// Where each bucket's records start, summed from the counts once. The indexes take 16 bits,
/// so that the index of 32,768 buckets (64 KB) stays in cache for lookups on every token; a
/// table holds at most 65,535 records.
pub(crate) struct Buckets {
    /// The index of each bucket's first record, then the number of records.
    starts: Vec<u16>,
}

impl Buckets {
    /// The index of a table whose buckets hold `counts` records each; `None` when they hold
    /// more than 65,535.
    pub(crate) fn new(counts: &[u8]) -> Option<Buckets> {
        let mut starts = Vec::with_capacity(counts.len() + 1);
        let mut at = 0u16;
        for &n in counts {
            starts.push(at);
            at = at.checked_add(u16::from(n))?;
        }
        starts.push(at);
        Some(Buckets { starts })
    }

    /// The indexes of the records of `bucket`.
    #[inline]
    pub(crate) fn records(&self, bucket: usize) -> Range<usize> {
        usize::from(self.starts[bucket])..usize::from(self.starts[bucket + 1])
    }

    /// The index of the record of `bucket` whose first two bytes, little-endian, are `key`,
    /// in `records` of `width` bytes each.
    #[inline]
    pub(crate) fn find(
        &self,
        bucket: usize,
        key: u16,
        records: &[u8],
        width: usize,
    ) -> Option<usize> {
        let Range { start, end } = self.records(bucket);
        let rows = records.get(start * width..end * width)?;
        let i = rows
            .chunks_exact(width)
            .position(|r| u16::from_le_bytes([r[0], r[1]]) == key)?;
        Some(start + i)
    }

    /// The number of records in all.
    pub(crate) fn len(&self) -> usize {
        self.starts.last().map_or(0, |&n| usize::from(n))
    }
}
