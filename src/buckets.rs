//! The index of a table read where it lies: records sorted by a hashed key and grouped in
//! buckets by the key's top bits, each bucket's record count one byte of the table. The
//! gazetteer table (`build.rs`) and the names model share it.

use std::ops::Range;

/// Where each bucket's records start, summed from the counts once.
pub(crate) struct Buckets {
    /// The index of each bucket's first record, then the number of records.
    starts: Vec<u32>,
}

impl Buckets {
    /// The index of a table whose buckets hold `counts` records each.
    pub(crate) fn new(counts: &[u8]) -> Buckets {
        let mut starts = Vec::with_capacity(counts.len() + 1);
        let mut at = 0u32;
        for &n in counts {
            starts.push(at);
            at += u32::from(n);
        }
        starts.push(at);
        Buckets { starts }
    }

    /// The indexes of the records of `bucket`.
    #[inline]
    pub(crate) fn records(&self, bucket: usize) -> Range<usize> {
        self.starts[bucket] as usize..self.starts[bucket + 1] as usize
    }

    /// The number of records in all.
    pub(crate) fn len(&self) -> usize {
        self.starts.last().map_or(0, |&n| n as usize)
    }
}
