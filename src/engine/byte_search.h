// ByteFinder: finds the next of three given bytes (a CSV delimiter, CR and LF) in a buffer,
// 64 bytes per step with SSE2 (x86-64) or wasm SIMD (`-msimd128`), 8 per step otherwise (SWAR
// on 64-bit words, for the scalar wasm build and other targets).
//
// Contract:
// - `next(from)` returns the first position >= `from` holding one of the bytes, or `end`.
//   Calls must come with non-decreasing `from`; each byte of the buffer is then loaded once,
//   however short the fields between matches are.
// - Reads only within [begin, end); never allocates.
#pragma once

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#elif defined(__wasm_simd128__)
#include <wasm_simd128.h>
#endif

namespace engage {

class ByteFinder {
public:
    ByteFinder(const char* begin, const char* end, char a, char b, char c)
        : block_(begin), end_(end), a_(a), b_(b), c_(c) {
        load_block();
    }

    const char* next(const char* from) {
        if (in_tail_)
            return scan_tail(from);
        if (from >= block_ + block_size) {
            block_ = from;
            if (!load_block())
                return scan_tail(from);
        } else {
            mask_ &= ~std::uint64_t{0} << (bits_per_byte * static_cast<unsigned>(from - block_));
        }
        while (mask_ == 0) {
            block_ += block_size;
            if (!load_block())
                return scan_tail(block_);
        }
        return block_ + count_trailing_zeros(mask_) / bits_per_byte;
    }

private:
#if defined(__SSE2__) || defined(__wasm_simd128__)
    // Four 16-byte vectors give one 64-bit mask: a metric row of about 80 bytes costs two block
    // loads instead of five, and most next() calls only clear bits.
    static constexpr int block_size = 64;
    static constexpr unsigned bits_per_byte = 1;
#else
    static constexpr int block_size = 8;
    static constexpr unsigned bits_per_byte = 8;
#endif
    // False when fewer than a block's bytes remain: those are searched one by one.
    bool load_block() {
        if (end_ - block_ < block_size) {
            in_tail_ = true;
            return false;
        }
        mask_ = block_mask(block_);
        return true;
    }

    std::uint64_t block_mask(const char* at) const {
#if defined(__SSE2__) || defined(__wasm_simd128__)
        return vector_mask(at) | vector_mask(at + 16) << 16 | vector_mask(at + 32) << 32 |
               vector_mask(at + 48) << 48;
#else
        std::uint64_t word;
        std::memcpy(&word, at, sizeof word);
        return zero_bytes(word ^ splat(a_)) | zero_bytes(word ^ splat(b_)) |
               zero_bytes(word ^ splat(c_));
#endif
    }

#if defined(__SSE2__)
    // One bit per byte of the 16 at `at` that is one of the three.
    std::uint64_t vector_mask(const char* at) const {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
        const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(a_)),
                                                       _mm_cmpeq_epi8(bytes, _mm_set1_epi8(b_))),
                                          _mm_cmpeq_epi8(bytes, _mm_set1_epi8(c_)));
        return static_cast<std::uint32_t>(_mm_movemask_epi8(hits));
    }
#elif defined(__wasm_simd128__)
    std::uint64_t vector_mask(const char* at) const {
        const v128_t bytes = wasm_v128_load(at);
        const v128_t hits = wasm_v128_or(wasm_v128_or(wasm_i8x16_eq(bytes, wasm_i8x16_splat(a_)),
                                                      wasm_i8x16_eq(bytes, wasm_i8x16_splat(b_))),
                                         wasm_i8x16_eq(bytes, wasm_i8x16_splat(c_)));
        return static_cast<std::uint32_t>(wasm_i8x16_bitmask(hits));
    }
#else
    static std::uint64_t splat(char byte) {
        return std::uint64_t{0x0101010101010101} * static_cast<unsigned char>(byte);
    }
    // 0x80 in every byte of `word` that is zero and nowhere else (exact, unlike the shorter
    // (x - 0x01..) & ~x form, whose false hits above a real one would break the bit reuse).
    static std::uint64_t zero_bytes(std::uint64_t word) {
        constexpr std::uint64_t low7 = 0x7F7F7F7F7F7F7F7F;
        return ~(((word & low7) + low7) | word | low7);
    }
#endif

    static unsigned count_trailing_zeros(std::uint64_t mask) {
        return static_cast<unsigned>(__builtin_ctzll(mask));
    }

    const char* scan_tail(const char* from) const {
        for (const char* p = from; p < end_; ++p)
            if (*p == a_ || *p == b_ || *p == c_)
                return p;
        return end_;
    }

    const char* block_;
    const char* end_;
    std::uint64_t mask_ = 0;
    bool in_tail_ = false;
    char a_;
    char b_;
    char c_;
};

} // namespace engage
