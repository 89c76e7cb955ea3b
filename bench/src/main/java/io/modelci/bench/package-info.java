/** JMH benchmarks of the engine. */
package io.modelci.bench;
