/** The review watch's implementation: not API. */
package com.example.reviewwatch.internal;
