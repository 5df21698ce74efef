<<<<<<< HEAD
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 503:
/***/ (function(module) {

/**
  * This file contains the Bottleneck library (MIT), compiled to ES2017, and without Clustering support.
  * https://github.com/SGrondin/bottleneck
  */
(function (global, factory) {
	 true ? module.exports = factory() :
	0;
}(this, (function () { 'use strict';

	var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

	function getCjsExportFromNamespace (n) {
		return n && n['default'] || n;
	}

	var load = function(received, defaults, onto = {}) {
	  var k, ref, v;
	  for (k in defaults) {
	    v = defaults[k];
	    onto[k] = (ref = received[k]) != null ? ref : v;
	  }
	  return onto;
	};

	var overwrite = function(received, defaults, onto = {}) {
	  var k, v;
	  for (k in received) {
	    v = received[k];
	    if (defaults[k] !== void 0) {
	      onto[k] = v;
	    }
	  }
	  return onto;
	};

	var parser = {
		load: load,
		overwrite: overwrite
	};

	var DLList;

	DLList = class DLList {
	  constructor(incr, decr) {
	    this.incr = incr;
	    this.decr = decr;
	    this._first = null;
	    this._last = null;
	    this.length = 0;
	  }

	  push(value) {
	    var node;
	    this.length++;
	    if (typeof this.incr === "function") {
	      this.incr();
	    }
	    node = {
	      value,
	      prev: this._last,
	      next: null
	    };
	    if (this._last != null) {
	      this._last.next = node;
	      this._last = node;
	    } else {
	      this._first = this._last = node;
	    }
	    return void 0;
	  }

	  shift() {
	    var value;
	    if (this._first == null) {
	      return;
	    } else {
	      this.length--;
	      if (typeof this.decr === "function") {
	        this.decr();
	      }
	    }
	    value = this._first.value;
	    if ((this._first = this._first.next) != null) {
	      this._first.prev = null;
	    } else {
	      this._last = null;
	    }
	    return value;
	  }

	  first() {
	    if (this._first != null) {
	      return this._first.value;
	    }
	  }

	  getArray() {
	    var node, ref, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, ref.value));
	    }
	    return results;
	  }

	  forEachShift(cb) {
	    var node;
	    node = this.shift();
	    while (node != null) {
	      (cb(node), node = this.shift());
	    }
	    return void 0;
	  }

	  debug() {
	    var node, ref, ref1, ref2, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, {
	        value: ref.value,
	        prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
	        next: (ref2 = ref.next) != null ? ref2.value : void 0
	      }));
	    }
	    return results;
	  }

	};

	var DLList_1 = DLList;

	var Events;

	Events = class Events {
	  constructor(instance) {
	    this.instance = instance;
	    this._events = {};
	    if ((this.instance.on != null) || (this.instance.once != null) || (this.instance.removeAllListeners != null)) {
	      throw new Error("An Emitter already exists for this object");
	    }
	    this.instance.on = (name, cb) => {
	      return this._addListener(name, "many", cb);
	    };
	    this.instance.once = (name, cb) => {
	      return this._addListener(name, "once", cb);
	    };
	    this.instance.removeAllListeners = (name = null) => {
	      if (name != null) {
	        return delete this._events[name];
	      } else {
	        return this._events = {};
	      }
	    };
	  }

	  _addListener(name, status, cb) {
	    var base;
	    if ((base = this._events)[name] == null) {
	      base[name] = [];
	    }
	    this._events[name].push({cb, status});
	    return this.instance;
	  }

	  listenerCount(name) {
	    if (this._events[name] != null) {
	      return this._events[name].length;
	    } else {
	      return 0;
	    }
	  }

	  async trigger(name, ...args) {
	    var e, promises;
	    try {
	      if (name !== "debug") {
	        this.trigger("debug", `Event triggered: ${name}`, args);
	      }
	      if (this._events[name] == null) {
	        return;
	      }
	      this._events[name] = this._events[name].filter(function(listener) {
	        return listener.status !== "none";
	      });
	      promises = this._events[name].map(async(listener) => {
	        var e, returned;
	        if (listener.status === "none") {
	          return;
	        }
	        if (listener.status === "once") {
	          listener.status = "none";
	        }
	        try {
	          returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
	          if (typeof (returned != null ? returned.then : void 0) === "function") {
	            return (await returned);
	          } else {
	            return returned;
	          }
	        } catch (error) {
	          e = error;
	          {
	            this.trigger("error", e);
	          }
	          return null;
	        }
	      });
	      return ((await Promise.all(promises))).find(function(x) {
	        return x != null;
	      });
	    } catch (error) {
	      e = error;
	      {
	        this.trigger("error", e);
	      }
	      return null;
	    }
	  }

	};

	var Events_1 = Events;

	var DLList$1, Events$1, Queues;

	DLList$1 = DLList_1;

	Events$1 = Events_1;

	Queues = class Queues {
	  constructor(num_priorities) {
	    var i;
	    this.Events = new Events$1(this);
	    this._length = 0;
	    this._lists = (function() {
	      var j, ref, results;
	      results = [];
	      for (i = j = 1, ref = num_priorities; (1 <= ref ? j <= ref : j >= ref); i = 1 <= ref ? ++j : --j) {
	        results.push(new DLList$1((() => {
	          return this.incr();
	        }), (() => {
	          return this.decr();
	        })));
	      }
	      return results;
	    }).call(this);
	  }

	  incr() {
	    if (this._length++ === 0) {
	      return this.Events.trigger("leftzero");
	    }
	  }

	  decr() {
	    if (--this._length === 0) {
	      return this.Events.trigger("zero");
	    }
	  }

	  push(job) {
	    return this._lists[job.options.priority].push(job);
	  }

	  queued(priority) {
	    if (priority != null) {
	      return this._lists[priority].length;
	    } else {
	      return this._length;
	    }
	  }

	  shiftAll(fn) {
	    return this._lists.forEach(function(list) {
	      return list.forEachShift(fn);
	    });
	  }

	  getFirst(arr = this._lists) {
	    var j, len, list;
	    for (j = 0, len = arr.length; j < len; j++) {
	      list = arr[j];
	      if (list.length > 0) {
	        return list;
	      }
	    }
	    return [];
	  }

	  shiftLastFrom(priority) {
	    return this.getFirst(this._lists.slice(priority).reverse()).shift();
	  }

	};

	var Queues_1 = Queues;

	var BottleneckError;

	BottleneckError = class BottleneckError extends Error {};

	var BottleneckError_1 = BottleneckError;

	var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;

	NUM_PRIORITIES = 10;

	DEFAULT_PRIORITY = 5;

	parser$1 = parser;

	BottleneckError$1 = BottleneckError_1;

	Job = class Job {
	  constructor(task, args, options, jobDefaults, rejectOnDrop, Events, _states, Promise) {
	    this.task = task;
	    this.args = args;
	    this.rejectOnDrop = rejectOnDrop;
	    this.Events = Events;
	    this._states = _states;
	    this.Promise = Promise;
	    this.options = parser$1.load(options, jobDefaults);
	    this.options.priority = this._sanitizePriority(this.options.priority);
	    if (this.options.id === jobDefaults.id) {
	      this.options.id = `${this.options.id}-${this._randomIndex()}`;
	    }
	    this.promise = new this.Promise((_resolve, _reject) => {
	      this._resolve = _resolve;
	      this._reject = _reject;
	    });
	    this.retryCount = 0;
	  }

	  _sanitizePriority(priority) {
	    var sProperty;
	    sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
	    if (sProperty < 0) {
	      return 0;
	    } else if (sProperty > NUM_PRIORITIES - 1) {
	      return NUM_PRIORITIES - 1;
	    } else {
	      return sProperty;
	    }
	  }

	  _randomIndex() {
	    return Math.random().toString(36).slice(2);
	  }

	  doDrop({error, message = "This job has been dropped by Bottleneck"} = {}) {
	    if (this._states.remove(this.options.id)) {
	      if (this.rejectOnDrop) {
	        this._reject(error != null ? error : new BottleneckError$1(message));
	      }
	      this.Events.trigger("dropped", {args: this.args, options: this.options, task: this.task, promise: this.promise});
	      return true;
	    } else {
	      return false;
	    }
	  }

	  _assertStatus(expected) {
	    var status;
	    status = this._states.jobStatus(this.options.id);
	    if (!(status === expected || (expected === "DONE" && status === null))) {
	      throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
	    }
	  }

	  doReceive() {
	    this._states.start(this.options.id);
	    return this.Events.trigger("received", {args: this.args, options: this.options});
	  }

	  doQueue(reachedHWM, blocked) {
	    this._assertStatus("RECEIVED");
	    this._states.next(this.options.id);
	    return this.Events.trigger("queued", {args: this.args, options: this.options, reachedHWM, blocked});
	  }

	  doRun() {
	    if (this.retryCount === 0) {
	      this._assertStatus("QUEUED");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    return this.Events.trigger("scheduled", {args: this.args, options: this.options});
	  }

	  async doExecute(chained, clearGlobalState, run, free) {
	    var error, eventInfo, passed;
	    if (this.retryCount === 0) {
	      this._assertStatus("RUNNING");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    this.Events.trigger("executing", eventInfo);
	    try {
	      passed = (await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args)));
	      if (clearGlobalState()) {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._resolve(passed);
	      }
	    } catch (error1) {
	      error = error1;
	      return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	    }
	  }

	  doExpire(clearGlobalState, run, free) {
	    var error, eventInfo;
	    if (this._states.jobStatus(this.options.id === "RUNNING")) {
	      this._states.next(this.options.id);
	    }
	    this._assertStatus("EXECUTING");
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
	    return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	  }

	  async _onFailure(error, eventInfo, clearGlobalState, run, free) {
	    var retry, retryAfter;
	    if (clearGlobalState()) {
	      retry = (await this.Events.trigger("failed", error, eventInfo));
	      if (retry != null) {
	        retryAfter = ~~retry;
	        this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
	        this.retryCount++;
	        return run(retryAfter);
	      } else {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._reject(error);
	      }
	    }
	  }

	  doDone(eventInfo) {
	    this._assertStatus("EXECUTING");
	    this._states.next(this.options.id);
	    return this.Events.trigger("done", eventInfo);
	  }

	};

	var Job_1 = Job;

	var BottleneckError$2, LocalDatastore, parser$2;

	parser$2 = parser;

	BottleneckError$2 = BottleneckError_1;

	LocalDatastore = class LocalDatastore {
	  constructor(instance, storeOptions, storeInstanceOptions) {
	    this.instance = instance;
	    this.storeOptions = storeOptions;
	    this.clientId = this.instance._randomIndex();
	    parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
	    this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
	    this._running = 0;
	    this._done = 0;
	    this._unblockTime = 0;
	    this.ready = this.Promise.resolve();
	    this.clients = {};
	    this._startHeartbeat();
	  }

	  _startHeartbeat() {
	    var base;
	    if ((this.heartbeat == null) && (((this.storeOptions.reservoirRefreshInterval != null) && (this.storeOptions.reservoirRefreshAmount != null)) || ((this.storeOptions.reservoirIncreaseInterval != null) && (this.storeOptions.reservoirIncreaseAmount != null)))) {
	      return typeof (base = (this.heartbeat = setInterval(() => {
	        var amount, incr, maximum, now, reservoir;
	        now = Date.now();
	        if ((this.storeOptions.reservoirRefreshInterval != null) && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
	          this._lastReservoirRefresh = now;
	          this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
	          this.instance._drainAll(this.computeCapacity());
	        }
	        if ((this.storeOptions.reservoirIncreaseInterval != null) && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
	          ({
	            reservoirIncreaseAmount: amount,
	            reservoirIncreaseMaximum: maximum,
	            reservoir
	          } = this.storeOptions);
	          this._lastReservoirIncrease = now;
	          incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
	          if (incr > 0) {
	            this.storeOptions.reservoir += incr;
	            return this.instance._drainAll(this.computeCapacity());
	          }
	        }
	      }, this.heartbeatInterval))).unref === "function" ? base.unref() : void 0;
	    } else {
	      return clearInterval(this.heartbeat);
	    }
	  }

	  async __publish__(message) {
	    await this.yieldLoop();
	    return this.instance.Events.trigger("message", message.toString());
	  }

	  async __disconnect__(flush) {
	    await this.yieldLoop();
	    clearInterval(this.heartbeat);
	    return this.Promise.resolve();
	  }

	  yieldLoop(t = 0) {
	    return new this.Promise(function(resolve, reject) {
	      return setTimeout(resolve, t);
	    });
	  }

	  computePenalty() {
	    var ref;
	    return (ref = this.storeOptions.penalty) != null ? ref : (15 * this.storeOptions.minTime) || 5000;
	  }

	  async __updateSettings__(options) {
	    await this.yieldLoop();
	    parser$2.overwrite(options, options, this.storeOptions);
	    this._startHeartbeat();
	    this.instance._drainAll(this.computeCapacity());
	    return true;
	  }

	  async __running__() {
	    await this.yieldLoop();
	    return this._running;
	  }

	  async __queued__() {
	    await this.yieldLoop();
	    return this.instance.queued();
	  }

	  async __done__() {
	    await this.yieldLoop();
	    return this._done;
	  }

	  async __groupCheck__(time) {
	    await this.yieldLoop();
	    return (this._nextRequest + this.timeout) < time;
	  }

	  computeCapacity() {
	    var maxConcurrent, reservoir;
	    ({maxConcurrent, reservoir} = this.storeOptions);
	    if ((maxConcurrent != null) && (reservoir != null)) {
	      return Math.min(maxConcurrent - this._running, reservoir);
	    } else if (maxConcurrent != null) {
	      return maxConcurrent - this._running;
	    } else if (reservoir != null) {
	      return reservoir;
	    } else {
	      return null;
	    }
	  }

	  conditionsCheck(weight) {
	    var capacity;
	    capacity = this.computeCapacity();
	    return (capacity == null) || weight <= capacity;
	  }

	  async __incrementReservoir__(incr) {
	    var reservoir;
	    await this.yieldLoop();
	    reservoir = this.storeOptions.reservoir += incr;
	    this.instance._drainAll(this.computeCapacity());
	    return reservoir;
	  }

	  async __currentReservoir__() {
	    await this.yieldLoop();
	    return this.storeOptions.reservoir;
	  }

	  isBlocked(now) {
	    return this._unblockTime >= now;
	  }

	  check(weight, now) {
	    return this.conditionsCheck(weight) && (this._nextRequest - now) <= 0;
	  }

	  async __check__(weight) {
	    var now;
	    await this.yieldLoop();
	    now = Date.now();
	    return this.check(weight, now);
	  }

	  async __register__(index, weight, expiration) {
	    var now, wait;
	    await this.yieldLoop();
	    now = Date.now();
	    if (this.conditionsCheck(weight)) {
	      this._running += weight;
	      if (this.storeOptions.reservoir != null) {
	        this.storeOptions.reservoir -= weight;
	      }
	      wait = Math.max(this._nextRequest - now, 0);
	      this._nextRequest = now + wait + this.storeOptions.minTime;
	      return {
	        success: true,
	        wait,
	        reservoir: this.storeOptions.reservoir
	      };
	    } else {
	      return {
	        success: false
	      };
	    }
	  }

	  strategyIsBlock() {
	    return this.storeOptions.strategy === 3;
	  }

	  async __submit__(queueLength, weight) {
	    var blocked, now, reachedHWM;
	    await this.yieldLoop();
	    if ((this.storeOptions.maxConcurrent != null) && weight > this.storeOptions.maxConcurrent) {
	      throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
	    }
	    now = Date.now();
	    reachedHWM = (this.storeOptions.highWater != null) && queueLength === this.storeOptions.highWater && !this.check(weight, now);
	    blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
	    if (blocked) {
	      this._unblockTime = now + this.computePenalty();
	      this._nextRequest = this._unblockTime + this.storeOptions.minTime;
	      this.instance._dropAllQueued();
	    }
	    return {
	      reachedHWM,
	      blocked,
	      strategy: this.storeOptions.strategy
	    };
	  }

	  async __free__(index, weight) {
	    await this.yieldLoop();
	    this._running -= weight;
	    this._done += weight;
	    this.instance._drainAll(this.computeCapacity());
	    return {
	      running: this._running
	    };
	  }

	};

	var LocalDatastore_1 = LocalDatastore;

	var BottleneckError$3, States;

	BottleneckError$3 = BottleneckError_1;

	States = class States {
	  constructor(status1) {
	    this.status = status1;
	    this._jobs = {};
	    this.counts = this.status.map(function() {
	      return 0;
	    });
	  }

	  next(id) {
	    var current, next;
	    current = this._jobs[id];
	    next = current + 1;
	    if ((current != null) && next < this.status.length) {
	      this.counts[current]--;
	      this.counts[next]++;
	      return this._jobs[id]++;
	    } else if (current != null) {
	      this.counts[current]--;
	      return delete this._jobs[id];
	    }
	  }

	  start(id) {
	    var initial;
	    initial = 0;
	    this._jobs[id] = initial;
	    return this.counts[initial]++;
	  }

	  remove(id) {
	    var current;
	    current = this._jobs[id];
	    if (current != null) {
	      this.counts[current]--;
	      delete this._jobs[id];
	    }
	    return current != null;
	  }

	  jobStatus(id) {
	    var ref;
	    return (ref = this.status[this._jobs[id]]) != null ? ref : null;
	  }

	  statusJobs(status) {
	    var k, pos, ref, results, v;
	    if (status != null) {
	      pos = this.status.indexOf(status);
	      if (pos < 0) {
	        throw new BottleneckError$3(`status must be one of ${this.status.join(', ')}`);
	      }
	      ref = this._jobs;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        if (v === pos) {
	          results.push(k);
	        }
	      }
	      return results;
	    } else {
	      return Object.keys(this._jobs);
	    }
	  }

	  statusCounts() {
	    return this.counts.reduce(((acc, v, i) => {
	      acc[this.status[i]] = v;
	      return acc;
	    }), {});
	  }

	};

	var States_1 = States;

	var DLList$2, Sync;

	DLList$2 = DLList_1;

	Sync = class Sync {
	  constructor(name, Promise) {
	    this.schedule = this.schedule.bind(this);
	    this.name = name;
	    this.Promise = Promise;
	    this._running = 0;
	    this._queue = new DLList$2();
	  }

	  isEmpty() {
	    return this._queue.length === 0;
	  }

	  async _tryToRun() {
	    var args, cb, error, reject, resolve, returned, task;
	    if ((this._running < 1) && this._queue.length > 0) {
	      this._running++;
	      ({task, args, resolve, reject} = this._queue.shift());
	      cb = (await (async function() {
	        try {
	          returned = (await task(...args));
	          return function() {
	            return resolve(returned);
	          };
	        } catch (error1) {
	          error = error1;
	          return function() {
	            return reject(error);
	          };
	        }
	      })());
	      this._running--;
	      this._tryToRun();
	      return cb();
	    }
	  }

	  schedule(task, ...args) {
	    var promise, reject, resolve;
	    resolve = reject = null;
	    promise = new this.Promise(function(_resolve, _reject) {
	      resolve = _resolve;
	      return reject = _reject;
	    });
	    this._queue.push({task, args, resolve, reject});
	    this._tryToRun();
	    return promise;
	  }

	};

	var Sync_1 = Sync;

	var version = "2.19.5";
	var version$1 = {
		version: version
	};

	var version$2 = /*#__PURE__*/Object.freeze({
		version: version,
		default: version$1
	});

	var require$$2 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$3 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$4 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;

	parser$3 = parser;

	Events$2 = Events_1;

	RedisConnection$1 = require$$2;

	IORedisConnection$1 = require$$3;

	Scripts$1 = require$$4;

	Group = (function() {
	  class Group {
	    constructor(limiterOptions = {}) {
	      this.deleteKey = this.deleteKey.bind(this);
	      this.limiterOptions = limiterOptions;
	      parser$3.load(this.limiterOptions, this.defaults, this);
	      this.Events = new Events$2(this);
	      this.instances = {};
	      this.Bottleneck = Bottleneck_1;
	      this._startAutoCleanup();
	      this.sharedConnection = this.connection != null;
	      if (this.connection == null) {
	        if (this.limiterOptions.datastore === "redis") {
	          this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        } else if (this.limiterOptions.datastore === "ioredis") {
	          this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        }
	      }
	    }

	    key(key = "") {
	      var ref;
	      return (ref = this.instances[key]) != null ? ref : (() => {
	        var limiter;
	        limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
	          id: `${this.id}-${key}`,
	          timeout: this.timeout,
	          connection: this.connection
	        }));
	        this.Events.trigger("created", limiter, key);
	        return limiter;
	      })();
	    }

	    async deleteKey(key = "") {
	      var deleted, instance;
	      instance = this.instances[key];
	      if (this.connection) {
	        deleted = (await this.connection.__runCommand__(['del', ...Scripts$1.allKeys(`${this.id}-${key}`)]));
	      }
	      if (instance != null) {
	        delete this.instances[key];
	        await instance.disconnect();
	      }
	      return (instance != null) || deleted > 0;
	    }

	    limiters() {
	      var k, ref, results, v;
	      ref = this.instances;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        results.push({
	          key: k,
	          limiter: v
	        });
	      }
	      return results;
	    }

	    keys() {
	      return Object.keys(this.instances);
	    }

	    async clusterKeys() {
	      var cursor, end, found, i, k, keys, len, next, start;
	      if (this.connection == null) {
	        return this.Promise.resolve(this.keys());
	      }
	      keys = [];
	      cursor = null;
	      start = `b_${this.id}-`.length;
	      end = "_settings".length;
	      while (cursor !== 0) {
	        [next, found] = (await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 10000]));
	        cursor = ~~next;
	        for (i = 0, len = found.length; i < len; i++) {
	          k = found[i];
	          keys.push(k.slice(start, -end));
	        }
	      }
	      return keys;
	    }

	    _startAutoCleanup() {
	      var base;
	      clearInterval(this.interval);
	      return typeof (base = (this.interval = setInterval(async() => {
	        var e, k, ref, results, time, v;
	        time = Date.now();
	        ref = this.instances;
	        results = [];
	        for (k in ref) {
	          v = ref[k];
	          try {
	            if ((await v._store.__groupCheck__(time))) {
	              results.push(this.deleteKey(k));
	            } else {
	              results.push(void 0);
	            }
	          } catch (error) {
	            e = error;
	            results.push(v.Events.trigger("error", e));
	          }
	        }
	        return results;
	      }, this.timeout / 2))).unref === "function" ? base.unref() : void 0;
	    }

	    updateSettings(options = {}) {
	      parser$3.overwrite(options, this.defaults, this);
	      parser$3.overwrite(options, options, this.limiterOptions);
	      if (options.timeout != null) {
	        return this._startAutoCleanup();
	      }
	    }

	    disconnect(flush = true) {
	      var ref;
	      if (!this.sharedConnection) {
	        return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
	      }
	    }

	  }
	  Group.prototype.defaults = {
	    timeout: 1000 * 60 * 5,
	    connection: null,
	    Promise: Promise,
	    id: "group-key"
	  };

	  return Group;

	}).call(commonjsGlobal);

	var Group_1 = Group;

	var Batcher, Events$3, parser$4;

	parser$4 = parser;

	Events$3 = Events_1;

	Batcher = (function() {
	  class Batcher {
	    constructor(options = {}) {
	      this.options = options;
	      parser$4.load(this.options, this.defaults, this);
	      this.Events = new Events$3(this);
	      this._arr = [];
	      this._resetPromise();
	      this._lastFlush = Date.now();
	    }

	    _resetPromise() {
	      return this._promise = new this.Promise((res, rej) => {
	        return this._resolve = res;
	      });
	    }

	    _flush() {
	      clearTimeout(this._timeout);
	      this._lastFlush = Date.now();
	      this._resolve();
	      this.Events.trigger("batch", this._arr);
	      this._arr = [];
	      return this._resetPromise();
	    }

	    add(data) {
	      var ret;
	      this._arr.push(data);
	      ret = this._promise;
	      if (this._arr.length === this.maxSize) {
	        this._flush();
	      } else if ((this.maxTime != null) && this._arr.length === 1) {
	        this._timeout = setTimeout(() => {
	          return this._flush();
	        }, this.maxTime);
	      }
	      return ret;
	    }

	  }
	  Batcher.prototype.defaults = {
	    maxTime: null,
	    maxSize: null,
	    Promise: Promise
	  };

	  return Batcher;

	}).call(commonjsGlobal);

	var Batcher_1 = Batcher;

	var require$$4$1 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$8 = getCjsExportFromNamespace(version$2);

	var Bottleneck, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5,
	  splice = [].splice;

	NUM_PRIORITIES$1 = 10;

	DEFAULT_PRIORITY$1 = 5;

	parser$5 = parser;

	Queues$1 = Queues_1;

	Job$1 = Job_1;

	LocalDatastore$1 = LocalDatastore_1;

	RedisDatastore$1 = require$$4$1;

	Events$4 = Events_1;

	States$1 = States_1;

	Sync$1 = Sync_1;

	Bottleneck = (function() {
	  class Bottleneck {
	    constructor(options = {}, ...invalid) {
	      var storeInstanceOptions, storeOptions;
	      this._addToQueue = this._addToQueue.bind(this);
	      this._validateOptions(options, invalid);
	      parser$5.load(options, this.instanceDefaults, this);
	      this._queues = new Queues$1(NUM_PRIORITIES$1);
	      this._scheduled = {};
	      this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
	      this._limiter = null;
	      this.Events = new Events$4(this);
	      this._submitLock = new Sync$1("submit", this.Promise);
	      this._registerLock = new Sync$1("register", this.Promise);
	      storeOptions = parser$5.load(options, this.storeDefaults, {});
	      this._store = (function() {
	        if (this.datastore === "redis" || this.datastore === "ioredis" || (this.connection != null)) {
	          storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
	          return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else if (this.datastore === "local") {
	          storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
	          return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else {
	          throw new Bottleneck.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
	        }
	      }).call(this);
	      this._queues.on("leftzero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
	      });
	      this._queues.on("zero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
	      });
	    }

	    _validateOptions(options, invalid) {
	      if (!((options != null) && typeof options === "object" && invalid.length === 0)) {
	        throw new Bottleneck.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
	      }
	    }

	    ready() {
	      return this._store.ready;
	    }

	    clients() {
	      return this._store.clients;
	    }

	    channel() {
	      return `b_${this.id}`;
	    }

	    channel_client() {
	      return `b_${this.id}_${this._store.clientId}`;
	    }

	    publish(message) {
	      return this._store.__publish__(message);
	    }

	    disconnect(flush = true) {
	      return this._store.__disconnect__(flush);
	    }

	    chain(_limiter) {
	      this._limiter = _limiter;
	      return this;
	    }

	    queued(priority) {
	      return this._queues.queued(priority);
	    }

	    clusterQueued() {
	      return this._store.__queued__();
	    }

	    empty() {
	      return this.queued() === 0 && this._submitLock.isEmpty();
	    }

	    running() {
	      return this._store.__running__();
	    }

	    done() {
	      return this._store.__done__();
	    }

	    jobStatus(id) {
	      return this._states.jobStatus(id);
	    }

	    jobs(status) {
	      return this._states.statusJobs(status);
	    }

	    counts() {
	      return this._states.statusCounts();
	    }

	    _randomIndex() {
	      return Math.random().toString(36).slice(2);
	    }

	    check(weight = 1) {
	      return this._store.__check__(weight);
	    }

	    _clearGlobalState(index) {
	      if (this._scheduled[index] != null) {
	        clearTimeout(this._scheduled[index].expiration);
	        delete this._scheduled[index];
	        return true;
	      } else {
	        return false;
	      }
	    }

	    async _free(index, job, options, eventInfo) {
	      var e, running;
	      try {
	        ({running} = (await this._store.__free__(index, options.weight)));
	        this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
	        if (running === 0 && this.empty()) {
	          return this.Events.trigger("idle");
	        }
	      } catch (error1) {
	        e = error1;
	        return this.Events.trigger("error", e);
	      }
	    }

	    _run(index, job, wait) {
	      var clearGlobalState, free, run;
	      job.doRun();
	      clearGlobalState = this._clearGlobalState.bind(this, index);
	      run = this._run.bind(this, index, job);
	      free = this._free.bind(this, index, job);
	      return this._scheduled[index] = {
	        timeout: setTimeout(() => {
	          return job.doExecute(this._limiter, clearGlobalState, run, free);
	        }, wait),
	        expiration: job.options.expiration != null ? setTimeout(function() {
	          return job.doExpire(clearGlobalState, run, free);
	        }, wait + job.options.expiration) : void 0,
	        job: job
	      };
	    }

	    _drainOne(capacity) {
	      return this._registerLock.schedule(() => {
	        var args, index, next, options, queue;
	        if (this.queued() === 0) {
	          return this.Promise.resolve(null);
	        }
	        queue = this._queues.getFirst();
	        ({options, args} = next = queue.first());
	        if ((capacity != null) && options.weight > capacity) {
	          return this.Promise.resolve(null);
	        }
	        this.Events.trigger("debug", `Draining ${options.id}`, {args, options});
	        index = this._randomIndex();
	        return this._store.__register__(index, options.weight, options.expiration).then(({success, wait, reservoir}) => {
	          var empty;
	          this.Events.trigger("debug", `Drained ${options.id}`, {success, args, options});
	          if (success) {
	            queue.shift();
	            empty = this.empty();
	            if (empty) {
	              this.Events.trigger("empty");
	            }
	            if (reservoir === 0) {
	              this.Events.trigger("depleted", empty);
	            }
	            this._run(index, next, wait);
	            return this.Promise.resolve(options.weight);
	          } else {
	            return this.Promise.resolve(null);
	          }
	        });
	      });
	    }

	    _drainAll(capacity, total = 0) {
	      return this._drainOne(capacity).then((drained) => {
	        var newCapacity;
	        if (drained != null) {
	          newCapacity = capacity != null ? capacity - drained : capacity;
	          return this._drainAll(newCapacity, total + drained);
	        } else {
	          return this.Promise.resolve(total);
	        }
	      }).catch((e) => {
	        return this.Events.trigger("error", e);
	      });
	    }

	    _dropAllQueued(message) {
	      return this._queues.shiftAll(function(job) {
	        return job.doDrop({message});
	      });
	    }

	    stop(options = {}) {
	      var done, waitForExecuting;
	      options = parser$5.load(options, this.stopDefaults);
	      waitForExecuting = (at) => {
	        var finished;
	        finished = () => {
	          var counts;
	          counts = this._states.counts;
	          return (counts[0] + counts[1] + counts[2] + counts[3]) === at;
	        };
	        return new this.Promise((resolve, reject) => {
	          if (finished()) {
	            return resolve();
	          } else {
	            return this.on("done", () => {
	              if (finished()) {
	                this.removeAllListeners("done");
	                return resolve();
	              }
	            });
	          }
	        });
	      };
	      done = options.dropWaitingJobs ? (this._run = function(index, next) {
	        return next.doDrop({
	          message: options.dropErrorMessage
	        });
	      }, this._drainOne = () => {
	        return this.Promise.resolve(null);
	      }, this._registerLock.schedule(() => {
	        return this._submitLock.schedule(() => {
	          var k, ref, v;
	          ref = this._scheduled;
	          for (k in ref) {
	            v = ref[k];
	            if (this.jobStatus(v.job.options.id) === "RUNNING") {
	              clearTimeout(v.timeout);
	              clearTimeout(v.expiration);
	              v.job.doDrop({
	                message: options.dropErrorMessage
	              });
	            }
	          }
	          this._dropAllQueued(options.dropErrorMessage);
	          return waitForExecuting(0);
	        });
	      })) : this.schedule({
	        priority: NUM_PRIORITIES$1 - 1,
	        weight: 0
	      }, () => {
	        return waitForExecuting(1);
	      });
	      this._receive = function(job) {
	        return job._reject(new Bottleneck.prototype.BottleneckError(options.enqueueErrorMessage));
	      };
	      this.stop = () => {
	        return this.Promise.reject(new Bottleneck.prototype.BottleneckError("stop() has already been called"));
	      };
	      return done;
	    }

	    async _addToQueue(job) {
	      var args, blocked, error, options, reachedHWM, shifted, strategy;
	      ({args, options} = job);
	      try {
	        ({reachedHWM, blocked, strategy} = (await this._store.__submit__(this.queued(), options.weight)));
	      } catch (error1) {
	        error = error1;
	        this.Events.trigger("debug", `Could not queue ${options.id}`, {args, options, error});
	        job.doDrop({error});
	        return false;
	      }
	      if (blocked) {
	        job.doDrop();
	        return true;
	      } else if (reachedHWM) {
	        shifted = strategy === Bottleneck.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck.prototype.strategy.OVERFLOW ? job : void 0;
	        if (shifted != null) {
	          shifted.doDrop();
	        }
	        if ((shifted == null) || strategy === Bottleneck.prototype.strategy.OVERFLOW) {
	          if (shifted == null) {
	            job.doDrop();
	          }
	          return reachedHWM;
	        }
	      }
	      job.doQueue(reachedHWM, blocked);
	      this._queues.push(job);
	      await this._drainAll();
	      return reachedHWM;
	    }

	    _receive(job) {
	      if (this._states.jobStatus(job.options.id) != null) {
	        job._reject(new Bottleneck.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
	        return false;
	      } else {
	        job.doReceive();
	        return this._submitLock.schedule(this._addToQueue, job);
	      }
	    }

	    submit(...args) {
	      var cb, fn, job, options, ref, ref1, task;
	      if (typeof args[0] === "function") {
	        ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
	        options = parser$5.load({}, this.jobDefaults);
	      } else {
	        ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
	        options = parser$5.load(options, this.jobDefaults);
	      }
	      task = (...args) => {
	        return new this.Promise(function(resolve, reject) {
	          return fn(...args, function(...args) {
	            return (args[0] != null ? reject : resolve)(args);
	          });
	        });
	      };
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      job.promise.then(function(args) {
	        return typeof cb === "function" ? cb(...args) : void 0;
	      }).catch(function(args) {
	        if (Array.isArray(args)) {
	          return typeof cb === "function" ? cb(...args) : void 0;
	        } else {
	          return typeof cb === "function" ? cb(args) : void 0;
	        }
	      });
	      return this._receive(job);
	    }

	    schedule(...args) {
	      var job, options, task;
	      if (typeof args[0] === "function") {
	        [task, ...args] = args;
	        options = {};
	      } else {
	        [options, task, ...args] = args;
	      }
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      this._receive(job);
	      return job.promise;
	    }

	    wrap(fn) {
	      var schedule, wrapped;
	      schedule = this.schedule.bind(this);
	      wrapped = function(...args) {
	        return schedule(fn.bind(this), ...args);
	      };
	      wrapped.withOptions = function(options, ...args) {
	        return schedule(options, fn, ...args);
	      };
	      return wrapped;
	    }

	    async updateSettings(options = {}) {
	      await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
	      parser$5.overwrite(options, this.instanceDefaults, this);
	      return this;
	    }

	    currentReservoir() {
	      return this._store.__currentReservoir__();
	    }

	    incrementReservoir(incr = 0) {
	      return this._store.__incrementReservoir__(incr);
	    }

	  }
	  Bottleneck.default = Bottleneck;

	  Bottleneck.Events = Events$4;

	  Bottleneck.version = Bottleneck.prototype.version = require$$8.version;

	  Bottleneck.strategy = Bottleneck.prototype.strategy = {
	    LEAK: 1,
	    OVERFLOW: 2,
	    OVERFLOW_PRIORITY: 4,
	    BLOCK: 3
	  };

	  Bottleneck.BottleneckError = Bottleneck.prototype.BottleneckError = BottleneckError_1;

	  Bottleneck.Group = Bottleneck.prototype.Group = Group_1;

	  Bottleneck.RedisConnection = Bottleneck.prototype.RedisConnection = require$$2;

	  Bottleneck.IORedisConnection = Bottleneck.prototype.IORedisConnection = require$$3;

	  Bottleneck.Batcher = Bottleneck.prototype.Batcher = Batcher_1;

	  Bottleneck.prototype.jobDefaults = {
	    priority: DEFAULT_PRIORITY$1,
	    weight: 1,
	    expiration: null,
	    id: "<no-id>"
	  };

	  Bottleneck.prototype.storeDefaults = {
	    maxConcurrent: null,
	    minTime: 0,
	    highWater: null,
	    strategy: Bottleneck.prototype.strategy.LEAK,
	    penalty: null,
	    reservoir: null,
	    reservoirRefreshInterval: null,
	    reservoirRefreshAmount: null,
	    reservoirIncreaseInterval: null,
	    reservoirIncreaseAmount: null,
	    reservoirIncreaseMaximum: null
	  };

	  Bottleneck.prototype.localStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 250
	  };

	  Bottleneck.prototype.redisStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 5000,
	    clientTimeout: 10000,
	    Redis: null,
	    clientOptions: {},
	    clusterNodes: null,
	    clearDatastore: false,
	    connection: null
	  };

	  Bottleneck.prototype.instanceDefaults = {
	    datastore: "local",
	    connection: null,
	    id: "<no-id>",
	    rejectOnDrop: true,
	    trackDoneStatus: false,
	    Promise: Promise
	  };

	  Bottleneck.prototype.stopDefaults = {
	    enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
	    dropWaitingJobs: true,
	    dropErrorMessage: "This limiter has been stopped."
	  };

	  return Bottleneck;

	}).call(commonjsGlobal);

	var Bottleneck_1 = Bottleneck;

	var lib = Bottleneck_1;

	return lib;

})));


/***/ }),

/***/ 18:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(37);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 37:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: ../../packages/core/src/errors.ts
/**
 * A mistake the user can fix: a wrong input, a bad config key, a version the policy refuses.
 * Its message is shown as the step's `::error::` and in the job summary, so it must name
 * the input or key, the value, and what to do instead.
 */
class ConfigurationError extends Error {
    name = "ConfigurationError";
}
/**
 * Raised when a stage in dry-run mode tries to send a request that would change something.
 * It is a bug in the stage, never the user's fault: dry-run promises zero writes.
 */
class DryRunWriteError extends Error {
    name = "DryRunWriteError";
}
function ownMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === "string")
        return error;
    if (error !== null && typeof error === "object" && "message" in error)
        return String(error.message);
    return String(error);
}
/**
 * The message of anything thrown, including non-Error values (strings, plain objects, undefined),
 * followed by what its `cause` chain adds: Node's fetch says only "fetch failed" and keeps the
 * reason (`connect ECONNREFUSED …`) in its cause.
 */
function getErrorMessage(error) {
    const message = ownMessage(error);
    const causes = [];
    const seen = new Set([error]);
    for (let cause = error?.cause; cause !== undefined && cause !== null && !seen.has(cause); cause = cause.cause) {
        seen.add(cause);
        const text = ownMessage(cause);
        if (text && ![message, ...causes].some((known) => known.includes(text)))
            causes.push(text);
    }
    return causes.length > 0 ? `${message} (${causes.join(": ")})` : message;
}
/** The HTTP status of an error thrown by Octokit or fetch-based clients, if it has one. */
function httpStatus(error) {
    if (error !== null && typeof error === "object" && "status" in error && typeof error.status === "number") {
        return error.status;
    }
    return undefined;
}
// System error codes of a request that got no answer (DNS, refused, reset, unreachable, timeout),
// from Node's net and dns modules and undici's own (UND_ERR_*).
const CONNECTION_CODES = /^(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPIPE|UND_ERR_\w+)$/;
/**
 * Whether a request failed without any answer from the server — a DNS failure, a refused or
 * reset connection, a timeout — as opposed to the server answering an error. Octokit reports
 * those with status 500 and no response, the reason in the error's `cause` chain.
 */
function isConnectionFailure(error) {
    const seen = new Set();
    for (let current = error; current && typeof current === "object" && !seen.has(current);) {
        seen.add(current);
        const { code, response } = current;
        if (response !== undefined)
            return false;
        if (typeof code === "string" && CONNECTION_CODES.test(code))
            return true;
        current = current.cause;
    }
    return false;
}
/** "GitHub answered 404", or that the request never reached it, for error messages. */
function describeAnswer(error, service = "GitHub") {
    if (isConnectionFailure(error))
        return `the request got no answer from ${service}`;
    const status = httpStatus(error);
    return `${service} answered ${status ?? "with an error"}`;
}

;// CONCATENATED MODULE: ../../packages/core/src/github/failure-diagnosis.ts
/**
 * What a stage's failure means, when GitHub's own words do not say it: a 404 on the repository
 * is a token that cannot see it (GitHub answers 404, not 403, to a token without access to a
 * private repository), and a request that got no answer (DNS, refused connection) is not
 * "GitHub answered 500". Both become errors that say the cause and the fix; a real bug keeps
 * its "report it".
 */

/**
 * The error to report for `error`, thrown by a stage that talks to GitHub through `github`
 * at `apiUrl`. One read at most (the repository, after an unexpected 404).
 */
async function diagnoseGitHubFailure(error, github, apiUrl) {
    if (error instanceof ConfigurationError)
        return error;
    const repository = `${github.owner}/${github.repo}`;
    if (isConnectionFailure(error)) {
        return new ConfigurationError(`Could not reach GitHub's API at ${apiUrl}: the request got no answer (${getErrorMessage(error)}). This is the network between the runner and GitHub, not GitHub's answer: check GITHUB_API_URL (GitHub Enterprise Server), the runner's DNS, and HTTPS_PROXY/NO_PROXY, then re-run the job.`, { cause: error });
    }
    if (httpStatus(error) !== 404)
        return error;
    const visible = await github.client
        .request("GET /repos/{owner}/{repo}", { owner: github.owner, repo: github.repo })
        .then(() => true, (probe) => (httpStatus(probe) === 404 ? false : undefined));
    if (visible !== false)
        return error;
    return new ConfigurationError(`The token cannot see the repository ${repository}: GitHub answers 404 (Not Found) to it, which is how GitHub answers a token that has no access to a repository. With the workflow's GITHUB_TOKEN, run the workflow in ${repository} itself; with a fine-grained token or a GitHub App token, add ${repository} to its repository access (with "contents" and the permissions this stage needs) and pass it in "token"; with a classic token, give it the "repo" scope.`, { cause: error });
}

;// CONCATENATED MODULE: ../../node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

;// CONCATENATED MODULE: ../../node_modules/before-after-hook/lib/register.js
// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

;// CONCATENATED MODULE: ../../node_modules/before-after-hook/lib/add.js
// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

;// CONCATENATED MODULE: ../../node_modules/before-after-hook/lib/remove.js
// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

;// CONCATENATED MODULE: ../../node_modules/before-after-hook/index.js
// @ts-check





// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Singular() {
  const singularHookName = Symbol("Singular");
  const singularHookState = {
    registry: {},
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

/* harmony default export */ const before_after_hook = ({ Singular, Collection });

;// CONCATENATED MODULE: ../../node_modules/@octokit/endpoint/dist-bundle/index.js
// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults(null, DEFAULTS);


;// CONCATENATED MODULE: ../../node_modules/content-type/dist/index.js
=======
import{createRequire as e}from"module";var t={2039:function(e,t,r){var s=this&&this.__createBinding||(Object.create?function(e,t,r,s){if(s===undefined)s=r;var o=Object.getOwnPropertyDescriptor(t,r);if(!o||("get"in o?!t.__esModule:o.writable||o.configurable)){o={enumerable:true,get:function(){return t[r]}}}Object.defineProperty(e,s,o)}:function(e,t,r,s){if(s===undefined)s=r;e[s]=t[r]});var o=this&&this.__setModuleDefault||(Object.create?function(e,t){Object.defineProperty(e,"default",{enumerable:true,value:t})}:function(e,t){e["default"]=t});var n=this&&this.__importStar||function(){var ownKeys=function(e){ownKeys=Object.getOwnPropertyNames||function(e){var t=[];for(var r in e)if(Object.prototype.hasOwnProperty.call(e,r))t[t.length]=r;return t};return ownKeys(e)};return function(e){if(e&&e.__esModule)return e;var t={};if(e!=null)for(var r=ownKeys(e),n=0;n<r.length;n++)if(r[n]!=="default")s(t,e,r[n]);o(t,e);return t}}();var A=this&&this.__awaiter||function(e,t,r,s){function adopt(e){return e instanceof r?e:new r(function(t){t(e)})}return new(r||(r=Promise))(function(r,o){function fulfilled(e){try{step(s.next(e))}catch(e){o(e)}}function rejected(e){try{step(s["throw"](e))}catch(e){o(e)}}function step(e){e.done?r(e.value):adopt(e.value).then(fulfilled,rejected)}step((s=s.apply(e,t||[])).next())})};Object.defineProperty(t,"__esModule",{value:true});t.HttpClient=t.HttpClientResponse=t.HttpClientError=t.MediaTypes=t.Headers=t.HttpCodes=void 0;t.getProxyUrl=getProxyUrl;t.isHttps=isHttps;const i=n(r(8611));const a=n(r(5692));const c=n(r(9875));const l=n(r(5070));const u=r(1684);var g;(function(e){e[e["OK"]=200]="OK";e[e["MultipleChoices"]=300]="MultipleChoices";e[e["MovedPermanently"]=301]="MovedPermanently";e[e["ResourceMoved"]=302]="ResourceMoved";e[e["SeeOther"]=303]="SeeOther";e[e["NotModified"]=304]="NotModified";e[e["UseProxy"]=305]="UseProxy";e[e["SwitchProxy"]=306]="SwitchProxy";e[e["TemporaryRedirect"]=307]="TemporaryRedirect";e[e["PermanentRedirect"]=308]="PermanentRedirect";e[e["BadRequest"]=400]="BadRequest";e[e["Unauthorized"]=401]="Unauthorized";e[e["PaymentRequired"]=402]="PaymentRequired";e[e["Forbidden"]=403]="Forbidden";e[e["NotFound"]=404]="NotFound";e[e["MethodNotAllowed"]=405]="MethodNotAllowed";e[e["NotAcceptable"]=406]="NotAcceptable";e[e["ProxyAuthenticationRequired"]=407]="ProxyAuthenticationRequired";e[e["RequestTimeout"]=408]="RequestTimeout";e[e["Conflict"]=409]="Conflict";e[e["Gone"]=410]="Gone";e[e["TooManyRequests"]=429]="TooManyRequests";e[e["InternalServerError"]=500]="InternalServerError";e[e["NotImplemented"]=501]="NotImplemented";e[e["BadGateway"]=502]="BadGateway";e[e["ServiceUnavailable"]=503]="ServiceUnavailable";e[e["GatewayTimeout"]=504]="GatewayTimeout"})(g||(t.HttpCodes=g={}));var h;(function(e){e["Accept"]="accept";e["ContentType"]="content-type"})(h||(t.Headers=h={}));var E;(function(e){e["ApplicationJson"]="application/json"})(E||(t.MediaTypes=E={}));function getProxyUrl(e){const t=c.getProxyUrl(new URL(e));return t?t.href:""}const d=[g.MovedPermanently,g.ResourceMoved,g.SeeOther,g.TemporaryRedirect,g.PermanentRedirect];const p=[g.BadGateway,g.ServiceUnavailable,g.GatewayTimeout];const Q=["OPTIONS","GET","DELETE","HEAD"];const f=10;const B=5;class HttpClientError extends Error{constructor(e,t){super(e);this.name="HttpClientError";this.statusCode=t;Object.setPrototypeOf(this,HttpClientError.prototype)}}t.HttpClientError=HttpClientError;class HttpClientResponse{constructor(e){this.message=e}readBody(){return A(this,void 0,void 0,function*(){return new Promise(e=>A(this,void 0,void 0,function*(){let t=Buffer.alloc(0);this.message.on("data",e=>{t=Buffer.concat([t,e])});this.message.on("end",()=>{e(t.toString())})}))})}readBodyBuffer(){return A(this,void 0,void 0,function*(){return new Promise(e=>A(this,void 0,void 0,function*(){const t=[];this.message.on("data",e=>{t.push(e)});this.message.on("end",()=>{e(Buffer.concat(t))})}))})}}t.HttpClientResponse=HttpClientResponse;function isHttps(e){const t=new URL(e);return t.protocol==="https:"}class HttpClient{constructor(e,t,r){this._ignoreSslError=false;this._allowRedirects=true;this._allowRedirectDowngrade=false;this._maxRedirects=50;this._allowRetries=false;this._maxRetries=1;this._keepAlive=false;this._disposed=false;this.userAgent=this._getUserAgentWithOrchestrationId(e);this.handlers=t||[];this.requestOptions=r;if(r){if(r.ignoreSslError!=null){this._ignoreSslError=r.ignoreSslError}this._socketTimeout=r.socketTimeout;if(r.allowRedirects!=null){this._allowRedirects=r.allowRedirects}if(r.allowRedirectDowngrade!=null){this._allowRedirectDowngrade=r.allowRedirectDowngrade}if(r.maxRedirects!=null){this._maxRedirects=Math.max(r.maxRedirects,0)}if(r.keepAlive!=null){this._keepAlive=r.keepAlive}if(r.allowRetries!=null){this._allowRetries=r.allowRetries}if(r.maxRetries!=null){this._maxRetries=r.maxRetries}}}options(e,t){return A(this,void 0,void 0,function*(){return this.request("OPTIONS",e,null,t||{})})}get(e,t){return A(this,void 0,void 0,function*(){return this.request("GET",e,null,t||{})})}del(e,t){return A(this,void 0,void 0,function*(){return this.request("DELETE",e,null,t||{})})}post(e,t,r){return A(this,void 0,void 0,function*(){return this.request("POST",e,t,r||{})})}patch(e,t,r){return A(this,void 0,void 0,function*(){return this.request("PATCH",e,t,r||{})})}put(e,t,r){return A(this,void 0,void 0,function*(){return this.request("PUT",e,t,r||{})})}head(e,t){return A(this,void 0,void 0,function*(){return this.request("HEAD",e,null,t||{})})}sendStream(e,t,r,s){return A(this,void 0,void 0,function*(){return this.request(e,t,r,s)})}getJson(e){return A(this,arguments,void 0,function*(e,t={}){t[h.Accept]=this._getExistingOrDefaultHeader(t,h.Accept,E.ApplicationJson);const r=yield this.get(e,t);return this._processResponse(r,this.requestOptions)})}postJson(e,t){return A(this,arguments,void 0,function*(e,t,r={}){const s=JSON.stringify(t,null,2);r[h.Accept]=this._getExistingOrDefaultHeader(r,h.Accept,E.ApplicationJson);r[h.ContentType]=this._getExistingOrDefaultContentTypeHeader(r,E.ApplicationJson);const o=yield this.post(e,s,r);return this._processResponse(o,this.requestOptions)})}putJson(e,t){return A(this,arguments,void 0,function*(e,t,r={}){const s=JSON.stringify(t,null,2);r[h.Accept]=this._getExistingOrDefaultHeader(r,h.Accept,E.ApplicationJson);r[h.ContentType]=this._getExistingOrDefaultContentTypeHeader(r,E.ApplicationJson);const o=yield this.put(e,s,r);return this._processResponse(o,this.requestOptions)})}patchJson(e,t){return A(this,arguments,void 0,function*(e,t,r={}){const s=JSON.stringify(t,null,2);r[h.Accept]=this._getExistingOrDefaultHeader(r,h.Accept,E.ApplicationJson);r[h.ContentType]=this._getExistingOrDefaultContentTypeHeader(r,E.ApplicationJson);const o=yield this.patch(e,s,r);return this._processResponse(o,this.requestOptions)})}request(e,t,r,s){return A(this,void 0,void 0,function*(){if(this._disposed){throw new Error("Client has already been disposed.")}const o=new URL(t);let n=this._prepareRequest(e,o,s);const A=this._allowRetries&&Q.includes(e)?this._maxRetries+1:1;let i=0;let a;do{a=yield this.requestRaw(n,r);if(a&&a.message&&a.message.statusCode===g.Unauthorized){let e;for(const t of this.handlers){if(t.canHandleAuthentication(a)){e=t;break}}if(e){return e.handleAuthentication(this,n,r)}else{return a}}let t=this._maxRedirects;while(a.message.statusCode&&d.includes(a.message.statusCode)&&this._allowRedirects&&t>0){const A=a.message.headers["location"];if(!A){break}const i=new URL(A);if(o.protocol==="https:"&&o.protocol!==i.protocol&&!this._allowRedirectDowngrade){throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.")}yield a.readBody();if(i.hostname!==o.hostname){for(const e in s){if(e.toLowerCase()==="authorization"){delete s[e]}}}n=this._prepareRequest(e,i,s);a=yield this.requestRaw(n,r);t--}if(!a.message.statusCode||!p.includes(a.message.statusCode)){return a}i+=1;if(i<A){yield a.readBody();yield this._performExponentialBackoff(i)}}while(i<A);return a})}dispose(){if(this._agent){this._agent.destroy()}this._disposed=true}requestRaw(e,t){return A(this,void 0,void 0,function*(){return new Promise((r,s)=>{function callbackForResult(e,t){if(e){s(e)}else if(!t){s(new Error("Unknown error"))}else{r(t)}}this.requestRawWithCallback(e,t,callbackForResult)})})}requestRawWithCallback(e,t,r){if(typeof t==="string"){if(!e.options.headers){e.options.headers={}}e.options.headers["Content-Length"]=Buffer.byteLength(t,"utf8")}let s=false;function handleResult(e,t){if(!s){s=true;r(e,t)}}const o=e.httpModule.request(e.options,e=>{const t=new HttpClientResponse(e);handleResult(undefined,t)});let n;o.on("socket",e=>{n=e});o.setTimeout(this._socketTimeout||3*6e4,()=>{if(n){n.end()}handleResult(new Error(`Request timeout: ${e.options.path}`))});o.on("error",function(e){handleResult(e)});if(t&&typeof t==="string"){o.write(t,"utf8")}if(t&&typeof t!=="string"){t.on("close",function(){o.end()});t.pipe(o)}else{o.end()}}getAgent(e){const t=new URL(e);return this._getAgent(t)}getAgentDispatcher(e){const t=new URL(e);const r=c.getProxyUrl(t);const s=r&&r.hostname;if(!s){return}return this._getProxyAgentDispatcher(t,r)}_prepareRequest(e,t,r){const s={};s.parsedUrl=t;const o=s.parsedUrl.protocol==="https:";s.httpModule=o?a:i;const n=o?443:80;s.options={};s.options.host=s.parsedUrl.hostname;s.options.port=s.parsedUrl.port?parseInt(s.parsedUrl.port):n;s.options.path=(s.parsedUrl.pathname||"")+(s.parsedUrl.search||"");s.options.method=e;s.options.headers=this._mergeHeaders(r);if(this.userAgent!=null){s.options.headers["user-agent"]=this.userAgent}s.options.agent=this._getAgent(s.parsedUrl);if(this.handlers){for(const e of this.handlers){e.prepareRequest(s.options)}}return s}_mergeHeaders(e){if(this.requestOptions&&this.requestOptions.headers){return Object.assign({},lowercaseKeys(this.requestOptions.headers),lowercaseKeys(e||{}))}return lowercaseKeys(e||{})}_getExistingOrDefaultHeader(e,t,r){let s;if(this.requestOptions&&this.requestOptions.headers){const e=lowercaseKeys(this.requestOptions.headers)[t];if(e){s=typeof e==="number"?e.toString():e}}const o=e[t];if(o!==undefined){return typeof o==="number"?o.toString():o}if(s!==undefined){return s}return r}_getExistingOrDefaultContentTypeHeader(e,t){let r;if(this.requestOptions&&this.requestOptions.headers){const e=lowercaseKeys(this.requestOptions.headers)[h.ContentType];if(e){if(typeof e==="number"){r=String(e)}else if(Array.isArray(e)){r=e.join(", ")}else{r=e}}}const s=e[h.ContentType];if(s!==undefined){if(typeof s==="number"){return String(s)}else if(Array.isArray(s)){return s.join(", ")}else{return s}}if(r!==undefined){return r}return t}_getAgent(e){let t;const r=c.getProxyUrl(e);const s=r&&r.hostname;if(this._keepAlive&&s){t=this._proxyAgent}if(!s){t=this._agent}if(t){return t}const o=e.protocol==="https:";let n=100;if(this.requestOptions){n=this.requestOptions.maxSockets||i.globalAgent.maxSockets}if(r&&r.hostname){const e={maxSockets:n,keepAlive:this._keepAlive,proxy:Object.assign(Object.assign({},(r.username||r.password)&&{proxyAuth:`${r.username}:${r.password}`}),{host:r.hostname,port:r.port})};let s;const A=r.protocol==="https:";if(o){s=A?l.httpsOverHttps:l.httpsOverHttp}else{s=A?l.httpOverHttps:l.httpOverHttp}t=s(e);this._proxyAgent=t}if(!t){const e={keepAlive:this._keepAlive,maxSockets:n};t=o?new a.Agent(e):new i.Agent(e);this._agent=t}if(o&&this._ignoreSslError){t.options=Object.assign(t.options||{},{rejectUnauthorized:false})}return t}_getProxyAgentDispatcher(e,t){let r;if(this._keepAlive){r=this._proxyAgentDispatcher}if(r){return r}const s=e.protocol==="https:";r=new u.ProxyAgent(Object.assign({uri:t.href,pipelining:!this._keepAlive?0:1},(t.username||t.password)&&{token:`Basic ${Buffer.from(`${t.username}:${t.password}`).toString("base64")}`}));this._proxyAgentDispatcher=r;if(s&&this._ignoreSslError){r.options=Object.assign(r.options.requestTls||{},{rejectUnauthorized:false})}return r}_getUserAgentWithOrchestrationId(e){const t=e||"actions/http-client";const r=process.env["ACTIONS_ORCHESTRATION_ID"];if(r){const e=r.replace(/[^a-z0-9_.-]/gi,"_");return`${t} actions_orchestration_id/${e}`}return t}_performExponentialBackoff(e){return A(this,void 0,void 0,function*(){e=Math.min(f,e);const t=B*Math.pow(2,e);return new Promise(e=>setTimeout(()=>e(),t))})}_processResponse(e,t){return A(this,void 0,void 0,function*(){return new Promise((r,s)=>A(this,void 0,void 0,function*(){const o=e.message.statusCode||0;const n={statusCode:o,result:null,headers:{}};if(o===g.NotFound){r(n)}function dateTimeDeserializer(e,t){if(typeof t==="string"){const e=new Date(t);if(!isNaN(e.valueOf())){return e}}return t}let A;let i;try{i=yield e.readBody();if(i&&i.length>0){if(t&&t.deserializeDates){A=JSON.parse(i,dateTimeDeserializer)}else{A=JSON.parse(i)}n.result=A}n.headers=e.message.headers}catch(e){}if(o>299){let e;if(A&&A.message){e=A.message}else if(i&&i.length>0){e=i}else{e=`Failed request: (${o})`}const t=new HttpClientError(e,o);t.result=n.result;s(t)}else{r(n)}}))})}}t.HttpClient=HttpClient;const lowercaseKeys=e=>Object.keys(e).reduce((t,r)=>(t[r.toLowerCase()]=e[r],t),{})},9875:(e,t)=>{Object.defineProperty(t,"__esModule",{value:true});t.getProxyUrl=getProxyUrl;t.checkBypass=checkBypass;function getProxyUrl(e){const t=e.protocol==="https:";if(checkBypass(e)){return undefined}const r=(()=>{if(t){return process.env["https_proxy"]||process.env["HTTPS_PROXY"]}else{return process.env["http_proxy"]||process.env["HTTP_PROXY"]}})();if(r){try{return new DecodedURL(r)}catch(e){if(!r.startsWith("http://")&&!r.startsWith("https://"))return new DecodedURL(`http://${r}`)}}else{return undefined}}function checkBypass(e){if(!e.hostname){return false}const t=e.hostname;if(isLoopbackAddress(t)){return true}const r=process.env["no_proxy"]||process.env["NO_PROXY"]||"";if(!r){return false}let s;if(e.port){s=Number(e.port)}else if(e.protocol==="http:"){s=80}else if(e.protocol==="https:"){s=443}const o=[e.hostname.toUpperCase()];if(typeof s==="number"){o.push(`${o[0]}:${s}`)}for(const e of r.split(",").map(e=>e.trim().toUpperCase()).filter(e=>e)){if(e==="*"||o.some(t=>t===e||t.endsWith(`.${e}`)||e.startsWith(".")&&t.endsWith(`${e}`))){return true}}return false}function isLoopbackAddress(e){const t=e.toLowerCase();return t==="localhost"||t.startsWith("127.")||t.startsWith("[::1]")||t.startsWith("[0:0:0:0:0:0:0:1]")}class DecodedURL extends URL{constructor(e,t){super(e,t);this._decodedUsername=decodeURIComponent(super.username);this._decodedPassword=decodeURIComponent(super.password)}get username(){return this._decodedUsername}get password(){return this._decodedPassword}}},6503:function(e){(function(t,r){true?e.exports=r():0})(this,function(){"use strict";var e=typeof globalThis!=="undefined"?globalThis:typeof window!=="undefined"?window:typeof global!=="undefined"?global:typeof self!=="undefined"?self:{};function getCjsExportFromNamespace(e){return e&&e["default"]||e}var load=function(e,t,r={}){var s,o,n;for(s in t){n=t[s];r[s]=(o=e[s])!=null?o:n}return r};var overwrite=function(e,t,r={}){var s,o;for(s in e){o=e[s];if(t[s]!==void 0){r[s]=o}}return r};var t={load:load,overwrite:overwrite};var r;r=class DLList{constructor(e,t){this.incr=e;this.decr=t;this._first=null;this._last=null;this.length=0}push(e){var t;this.length++;if(typeof this.incr==="function"){this.incr()}t={value:e,prev:this._last,next:null};if(this._last!=null){this._last.next=t;this._last=t}else{this._first=this._last=t}return void 0}shift(){var e;if(this._first==null){return}else{this.length--;if(typeof this.decr==="function"){this.decr()}}e=this._first.value;if((this._first=this._first.next)!=null){this._first.prev=null}else{this._last=null}return e}first(){if(this._first!=null){return this._first.value}}getArray(){var e,t,r;e=this._first;r=[];while(e!=null){r.push((t=e,e=e.next,t.value))}return r}forEachShift(e){var t;t=this.shift();while(t!=null){e(t),t=this.shift()}return void 0}debug(){var e,t,r,s,o;e=this._first;o=[];while(e!=null){o.push((t=e,e=e.next,{value:t.value,prev:(r=t.prev)!=null?r.value:void 0,next:(s=t.next)!=null?s.value:void 0}))}return o}};var s=r;var o;o=class Events{constructor(e){this.instance=e;this._events={};if(this.instance.on!=null||this.instance.once!=null||this.instance.removeAllListeners!=null){throw new Error("An Emitter already exists for this object")}this.instance.on=(e,t)=>this._addListener(e,"many",t);this.instance.once=(e,t)=>this._addListener(e,"once",t);this.instance.removeAllListeners=(e=null)=>{if(e!=null){return delete this._events[e]}else{return this._events={}}}}_addListener(e,t,r){var s;if((s=this._events)[e]==null){s[e]=[]}this._events[e].push({cb:r,status:t});return this.instance}listenerCount(e){if(this._events[e]!=null){return this._events[e].length}else{return 0}}async trigger(e,...t){var r,s;try{if(e!=="debug"){this.trigger("debug",`Event triggered: ${e}`,t)}if(this._events[e]==null){return}this._events[e]=this._events[e].filter(function(e){return e.status!=="none"});s=this._events[e].map(async e=>{var r,s;if(e.status==="none"){return}if(e.status==="once"){e.status="none"}try{s=typeof e.cb==="function"?e.cb(...t):void 0;if(typeof(s!=null?s.then:void 0)==="function"){return await s}else{return s}}catch(e){r=e;{this.trigger("error",r)}return null}});return(await Promise.all(s)).find(function(e){return e!=null})}catch(e){r=e;{this.trigger("error",r)}return null}}};var n=o;var A,i,a;A=s;i=n;a=class Queues{constructor(e){var t;this.Events=new i(this);this._length=0;this._lists=function(){var r,s,o;o=[];for(t=r=1,s=e;1<=s?r<=s:r>=s;t=1<=s?++r:--r){o.push(new A(()=>this.incr(),()=>this.decr()))}return o}.call(this)}incr(){if(this._length++===0){return this.Events.trigger("leftzero")}}decr(){if(--this._length===0){return this.Events.trigger("zero")}}push(e){return this._lists[e.options.priority].push(e)}queued(e){if(e!=null){return this._lists[e].length}else{return this._length}}shiftAll(e){return this._lists.forEach(function(t){return t.forEachShift(e)})}getFirst(e=this._lists){var t,r,s;for(t=0,r=e.length;t<r;t++){s=e[t];if(s.length>0){return s}}return[]}shiftLastFrom(e){return this.getFirst(this._lists.slice(e).reverse()).shift()}};var c=a;var l;l=class BottleneckError extends Error{};var u=l;var g,h,E,d,p;d=10;h=5;p=t;g=u;E=class Job{constructor(e,t,r,s,o,n,A,i){this.task=e;this.args=t;this.rejectOnDrop=o;this.Events=n;this._states=A;this.Promise=i;this.options=p.load(r,s);this.options.priority=this._sanitizePriority(this.options.priority);if(this.options.id===s.id){this.options.id=`${this.options.id}-${this._randomIndex()}`}this.promise=new this.Promise((e,t)=>{this._resolve=e;this._reject=t});this.retryCount=0}_sanitizePriority(e){var t;t=~~e!==e?h:e;if(t<0){return 0}else if(t>d-1){return d-1}else{return t}}_randomIndex(){return Math.random().toString(36).slice(2)}doDrop({error:e,message:t="This job has been dropped by Bottleneck"}={}){if(this._states.remove(this.options.id)){if(this.rejectOnDrop){this._reject(e!=null?e:new g(t))}this.Events.trigger("dropped",{args:this.args,options:this.options,task:this.task,promise:this.promise});return true}else{return false}}_assertStatus(e){var t;t=this._states.jobStatus(this.options.id);if(!(t===e||e==="DONE"&&t===null)){throw new g(`Invalid job status ${t}, expected ${e}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`)}}doReceive(){this._states.start(this.options.id);return this.Events.trigger("received",{args:this.args,options:this.options})}doQueue(e,t){this._assertStatus("RECEIVED");this._states.next(this.options.id);return this.Events.trigger("queued",{args:this.args,options:this.options,reachedHWM:e,blocked:t})}doRun(){if(this.retryCount===0){this._assertStatus("QUEUED");this._states.next(this.options.id)}else{this._assertStatus("EXECUTING")}return this.Events.trigger("scheduled",{args:this.args,options:this.options})}async doExecute(e,t,r,s){var o,n,A;if(this.retryCount===0){this._assertStatus("RUNNING");this._states.next(this.options.id)}else{this._assertStatus("EXECUTING")}n={args:this.args,options:this.options,retryCount:this.retryCount};this.Events.trigger("executing",n);try{A=await(e!=null?e.schedule(this.options,this.task,...this.args):this.task(...this.args));if(t()){this.doDone(n);await s(this.options,n);this._assertStatus("DONE");return this._resolve(A)}}catch(e){o=e;return this._onFailure(o,n,t,r,s)}}doExpire(e,t,r){var s,o;if(this._states.jobStatus(this.options.id==="RUNNING")){this._states.next(this.options.id)}this._assertStatus("EXECUTING");o={args:this.args,options:this.options,retryCount:this.retryCount};s=new g(`This job timed out after ${this.options.expiration} ms.`);return this._onFailure(s,o,e,t,r)}async _onFailure(e,t,r,s,o){var n,A;if(r()){n=await this.Events.trigger("failed",e,t);if(n!=null){A=~~n;this.Events.trigger("retry",`Retrying ${this.options.id} after ${A} ms`,t);this.retryCount++;return s(A)}else{this.doDone(t);await o(this.options,t);this._assertStatus("DONE");return this._reject(e)}}}doDone(e){this._assertStatus("EXECUTING");this._states.next(this.options.id);return this.Events.trigger("done",e)}};var Q=E;var f,B,I;I=t;f=u;B=class LocalDatastore{constructor(e,t,r){this.instance=e;this.storeOptions=t;this.clientId=this.instance._randomIndex();I.load(r,r,this);this._nextRequest=this._lastReservoirRefresh=this._lastReservoirIncrease=Date.now();this._running=0;this._done=0;this._unblockTime=0;this.ready=this.Promise.resolve();this.clients={};this._startHeartbeat()}_startHeartbeat(){var e;if(this.heartbeat==null&&(this.storeOptions.reservoirRefreshInterval!=null&&this.storeOptions.reservoirRefreshAmount!=null||this.storeOptions.reservoirIncreaseInterval!=null&&this.storeOptions.reservoirIncreaseAmount!=null)){return typeof(e=this.heartbeat=setInterval(()=>{var e,t,r,s,o;s=Date.now();if(this.storeOptions.reservoirRefreshInterval!=null&&s>=this._lastReservoirRefresh+this.storeOptions.reservoirRefreshInterval){this._lastReservoirRefresh=s;this.storeOptions.reservoir=this.storeOptions.reservoirRefreshAmount;this.instance._drainAll(this.computeCapacity())}if(this.storeOptions.reservoirIncreaseInterval!=null&&s>=this._lastReservoirIncrease+this.storeOptions.reservoirIncreaseInterval){({reservoirIncreaseAmount:e,reservoirIncreaseMaximum:r,reservoir:o}=this.storeOptions);this._lastReservoirIncrease=s;t=r!=null?Math.min(e,r-o):e;if(t>0){this.storeOptions.reservoir+=t;return this.instance._drainAll(this.computeCapacity())}}},this.heartbeatInterval)).unref==="function"?e.unref():void 0}else{return clearInterval(this.heartbeat)}}async __publish__(e){await this.yieldLoop();return this.instance.Events.trigger("message",e.toString())}async __disconnect__(e){await this.yieldLoop();clearInterval(this.heartbeat);return this.Promise.resolve()}yieldLoop(e=0){return new this.Promise(function(t,r){return setTimeout(t,e)})}computePenalty(){var e;return(e=this.storeOptions.penalty)!=null?e:15*this.storeOptions.minTime||5e3}async __updateSettings__(e){await this.yieldLoop();I.overwrite(e,e,this.storeOptions);this._startHeartbeat();this.instance._drainAll(this.computeCapacity());return true}async __running__(){await this.yieldLoop();return this._running}async __queued__(){await this.yieldLoop();return this.instance.queued()}async __done__(){await this.yieldLoop();return this._done}async __groupCheck__(e){await this.yieldLoop();return this._nextRequest+this.timeout<e}computeCapacity(){var e,t;({maxConcurrent:e,reservoir:t}=this.storeOptions);if(e!=null&&t!=null){return Math.min(e-this._running,t)}else if(e!=null){return e-this._running}else if(t!=null){return t}else{return null}}conditionsCheck(e){var t;t=this.computeCapacity();return t==null||e<=t}async __incrementReservoir__(e){var t;await this.yieldLoop();t=this.storeOptions.reservoir+=e;this.instance._drainAll(this.computeCapacity());return t}async __currentReservoir__(){await this.yieldLoop();return this.storeOptions.reservoir}isBlocked(e){return this._unblockTime>=e}check(e,t){return this.conditionsCheck(e)&&this._nextRequest-t<=0}async __check__(e){var t;await this.yieldLoop();t=Date.now();return this.check(e,t)}async __register__(e,t,r){var s,o;await this.yieldLoop();s=Date.now();if(this.conditionsCheck(t)){this._running+=t;if(this.storeOptions.reservoir!=null){this.storeOptions.reservoir-=t}o=Math.max(this._nextRequest-s,0);this._nextRequest=s+o+this.storeOptions.minTime;return{success:true,wait:o,reservoir:this.storeOptions.reservoir}}else{return{success:false}}}strategyIsBlock(){return this.storeOptions.strategy===3}async __submit__(e,t){var r,s,o;await this.yieldLoop();if(this.storeOptions.maxConcurrent!=null&&t>this.storeOptions.maxConcurrent){throw new f(`Impossible to add a job having a weight of ${t} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`)}s=Date.now();o=this.storeOptions.highWater!=null&&e===this.storeOptions.highWater&&!this.check(t,s);r=this.strategyIsBlock()&&(o||this.isBlocked(s));if(r){this._unblockTime=s+this.computePenalty();this._nextRequest=this._unblockTime+this.storeOptions.minTime;this.instance._dropAllQueued()}return{reachedHWM:o,blocked:r,strategy:this.storeOptions.strategy}}async __free__(e,t){await this.yieldLoop();this._running-=t;this._done+=t;this.instance._drainAll(this.computeCapacity());return{running:this._running}}};var m=B;var w,y;w=u;y=class States{constructor(e){this.status=e;this._jobs={};this.counts=this.status.map(function(){return 0})}next(e){var t,r;t=this._jobs[e];r=t+1;if(t!=null&&r<this.status.length){this.counts[t]--;this.counts[r]++;return this._jobs[e]++}else if(t!=null){this.counts[t]--;return delete this._jobs[e]}}start(e){var t;t=0;this._jobs[e]=t;return this.counts[t]++}remove(e){var t;t=this._jobs[e];if(t!=null){this.counts[t]--;delete this._jobs[e]}return t!=null}jobStatus(e){var t;return(t=this.status[this._jobs[e]])!=null?t:null}statusJobs(e){var t,r,s,o,n;if(e!=null){r=this.status.indexOf(e);if(r<0){throw new w(`status must be one of ${this.status.join(", ")}`)}s=this._jobs;o=[];for(t in s){n=s[t];if(n===r){o.push(t)}}return o}else{return Object.keys(this._jobs)}}statusCounts(){return this.counts.reduce((e,t,r)=>{e[this.status[r]]=t;return e},{})}};var b=y;var k,R;k=s;R=class Sync{constructor(e,t){this.schedule=this.schedule.bind(this);this.name=e;this.Promise=t;this._running=0;this._queue=new k}isEmpty(){return this._queue.length===0}async _tryToRun(){var e,t,r,s,o,n,A;if(this._running<1&&this._queue.length>0){this._running++;({task:A,args:e,resolve:o,reject:s}=this._queue.shift());t=await async function(){try{n=await A(...e);return function(){return o(n)}}catch(e){r=e;return function(){return s(r)}}}();this._running--;this._tryToRun();return t()}}schedule(e,...t){var r,s,o;o=s=null;r=new this.Promise(function(e,t){o=e;return s=t});this._queue.push({task:e,args:t,resolve:o,reject:s});this._tryToRun();return r}};var D=R;var T="2.19.5";var S={version:T};var F=Object.freeze({version:T,default:S});var require$$2=()=>console.log("You must import the full version of Bottleneck in order to use this feature.");var require$$3=()=>console.log("You must import the full version of Bottleneck in order to use this feature.");var require$$4=()=>console.log("You must import the full version of Bottleneck in order to use this feature.");var v,U,N,M,L,G;G=t;v=n;M=require$$2;N=require$$3;L=require$$4;U=function(){class Group{constructor(e={}){this.deleteKey=this.deleteKey.bind(this);this.limiterOptions=e;G.load(this.limiterOptions,this.defaults,this);this.Events=new v(this);this.instances={};this.Bottleneck=re;this._startAutoCleanup();this.sharedConnection=this.connection!=null;if(this.connection==null){if(this.limiterOptions.datastore==="redis"){this.connection=new M(Object.assign({},this.limiterOptions,{Events:this.Events}))}else if(this.limiterOptions.datastore==="ioredis"){this.connection=new N(Object.assign({},this.limiterOptions,{Events:this.Events}))}}}key(e=""){var t;return(t=this.instances[e])!=null?t:(()=>{var t;t=this.instances[e]=new this.Bottleneck(Object.assign(this.limiterOptions,{id:`${this.id}-${e}`,timeout:this.timeout,connection:this.connection}));this.Events.trigger("created",t,e);return t})()}async deleteKey(e=""){var t,r;r=this.instances[e];if(this.connection){t=await this.connection.__runCommand__(["del",...L.allKeys(`${this.id}-${e}`)])}if(r!=null){delete this.instances[e];await r.disconnect()}return r!=null||t>0}limiters(){var e,t,r,s;t=this.instances;r=[];for(e in t){s=t[e];r.push({key:e,limiter:s})}return r}keys(){return Object.keys(this.instances)}async clusterKeys(){var e,t,r,s,o,n,A,i,a;if(this.connection==null){return this.Promise.resolve(this.keys())}n=[];e=null;a=`b_${this.id}-`.length;t="_settings".length;while(e!==0){[i,r]=await this.connection.__runCommand__(["scan",e!=null?e:0,"match",`b_${this.id}-*_settings`,"count",1e4]);e=~~i;for(s=0,A=r.length;s<A;s++){o=r[s];n.push(o.slice(a,-t))}}return n}_startAutoCleanup(){var e;clearInterval(this.interval);return typeof(e=this.interval=setInterval(async()=>{var e,t,r,s,o,n;o=Date.now();r=this.instances;s=[];for(t in r){n=r[t];try{if(await n._store.__groupCheck__(o)){s.push(this.deleteKey(t))}else{s.push(void 0)}}catch(t){e=t;s.push(n.Events.trigger("error",e))}}return s},this.timeout/2)).unref==="function"?e.unref():void 0}updateSettings(e={}){G.overwrite(e,this.defaults,this);G.overwrite(e,e,this.limiterOptions);if(e.timeout!=null){return this._startAutoCleanup()}}disconnect(e=true){var t;if(!this.sharedConnection){return(t=this.connection)!=null?t.disconnect(e):void 0}}}Group.prototype.defaults={timeout:1e3*60*5,connection:null,Promise:Promise,id:"group-key"};return Group}.call(e);var _=U;var O,H,x;x=t;H=n;O=function(){class Batcher{constructor(e={}){this.options=e;x.load(this.options,this.defaults,this);this.Events=new H(this);this._arr=[];this._resetPromise();this._lastFlush=Date.now()}_resetPromise(){return this._promise=new this.Promise((e,t)=>this._resolve=e)}_flush(){clearTimeout(this._timeout);this._lastFlush=Date.now();this._resolve();this.Events.trigger("batch",this._arr);this._arr=[];return this._resetPromise()}add(e){var t;this._arr.push(e);t=this._promise;if(this._arr.length===this.maxSize){this._flush()}else if(this.maxTime!=null&&this._arr.length===1){this._timeout=setTimeout(()=>this._flush(),this.maxTime)}return t}}Batcher.prototype.defaults={maxTime:null,maxSize:null,Promise:Promise};return Batcher}.call(e);var P=O;var require$$4$1=()=>console.log("You must import the full version of Bottleneck in order to use this feature.");var Y=getCjsExportFromNamespace(F);var J,V,q,W,$,j,z,Z,K,X,ee,te=[].splice;j=10;V=5;ee=t;z=c;W=Q;$=m;Z=require$$4$1;q=n;K=b;X=D;J=function(){class Bottleneck{constructor(e={},...t){var r,s;this._addToQueue=this._addToQueue.bind(this);this._validateOptions(e,t);ee.load(e,this.instanceDefaults,this);this._queues=new z(j);this._scheduled={};this._states=new K(["RECEIVED","QUEUED","RUNNING","EXECUTING"].concat(this.trackDoneStatus?["DONE"]:[]));this._limiter=null;this.Events=new q(this);this._submitLock=new X("submit",this.Promise);this._registerLock=new X("register",this.Promise);s=ee.load(e,this.storeDefaults,{});this._store=function(){if(this.datastore==="redis"||this.datastore==="ioredis"||this.connection!=null){r=ee.load(e,this.redisStoreDefaults,{});return new Z(this,s,r)}else if(this.datastore==="local"){r=ee.load(e,this.localStoreDefaults,{});return new $(this,s,r)}else{throw new Bottleneck.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`)}}.call(this);this._queues.on("leftzero",()=>{var e;return(e=this._store.heartbeat)!=null?typeof e.ref==="function"?e.ref():void 0:void 0});this._queues.on("zero",()=>{var e;return(e=this._store.heartbeat)!=null?typeof e.unref==="function"?e.unref():void 0:void 0})}_validateOptions(e,t){if(!(e!=null&&typeof e==="object"&&t.length===0)){throw new Bottleneck.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.")}}ready(){return this._store.ready}clients(){return this._store.clients}channel(){return`b_${this.id}`}channel_client(){return`b_${this.id}_${this._store.clientId}`}publish(e){return this._store.__publish__(e)}disconnect(e=true){return this._store.__disconnect__(e)}chain(e){this._limiter=e;return this}queued(e){return this._queues.queued(e)}clusterQueued(){return this._store.__queued__()}empty(){return this.queued()===0&&this._submitLock.isEmpty()}running(){return this._store.__running__()}done(){return this._store.__done__()}jobStatus(e){return this._states.jobStatus(e)}jobs(e){return this._states.statusJobs(e)}counts(){return this._states.statusCounts()}_randomIndex(){return Math.random().toString(36).slice(2)}check(e=1){return this._store.__check__(e)}_clearGlobalState(e){if(this._scheduled[e]!=null){clearTimeout(this._scheduled[e].expiration);delete this._scheduled[e];return true}else{return false}}async _free(e,t,r,s){var o,n;try{({running:n}=await this._store.__free__(e,r.weight));this.Events.trigger("debug",`Freed ${r.id}`,s);if(n===0&&this.empty()){return this.Events.trigger("idle")}}catch(e){o=e;return this.Events.trigger("error",o)}}_run(e,t,r){var s,o,n;t.doRun();s=this._clearGlobalState.bind(this,e);n=this._run.bind(this,e,t);o=this._free.bind(this,e,t);return this._scheduled[e]={timeout:setTimeout(()=>t.doExecute(this._limiter,s,n,o),r),expiration:t.options.expiration!=null?setTimeout(function(){return t.doExpire(s,n,o)},r+t.options.expiration):void 0,job:t}}_drainOne(e){return this._registerLock.schedule(()=>{var t,r,s,o,n;if(this.queued()===0){return this.Promise.resolve(null)}n=this._queues.getFirst();({options:o,args:t}=s=n.first());if(e!=null&&o.weight>e){return this.Promise.resolve(null)}this.Events.trigger("debug",`Draining ${o.id}`,{args:t,options:o});r=this._randomIndex();return this._store.__register__(r,o.weight,o.expiration).then(({success:e,wait:A,reservoir:i})=>{var a;this.Events.trigger("debug",`Drained ${o.id}`,{success:e,args:t,options:o});if(e){n.shift();a=this.empty();if(a){this.Events.trigger("empty")}if(i===0){this.Events.trigger("depleted",a)}this._run(r,s,A);return this.Promise.resolve(o.weight)}else{return this.Promise.resolve(null)}})})}_drainAll(e,t=0){return this._drainOne(e).then(r=>{var s;if(r!=null){s=e!=null?e-r:e;return this._drainAll(s,t+r)}else{return this.Promise.resolve(t)}}).catch(e=>this.Events.trigger("error",e))}_dropAllQueued(e){return this._queues.shiftAll(function(t){return t.doDrop({message:e})})}stop(e={}){var t,r;e=ee.load(e,this.stopDefaults);r=e=>{var t;t=()=>{var t;t=this._states.counts;return t[0]+t[1]+t[2]+t[3]===e};return new this.Promise((e,r)=>{if(t()){return e()}else{return this.on("done",()=>{if(t()){this.removeAllListeners("done");return e()}})}})};t=e.dropWaitingJobs?(this._run=function(t,r){return r.doDrop({message:e.dropErrorMessage})},this._drainOne=()=>this.Promise.resolve(null),this._registerLock.schedule(()=>this._submitLock.schedule(()=>{var t,s,o;s=this._scheduled;for(t in s){o=s[t];if(this.jobStatus(o.job.options.id)==="RUNNING"){clearTimeout(o.timeout);clearTimeout(o.expiration);o.job.doDrop({message:e.dropErrorMessage})}}this._dropAllQueued(e.dropErrorMessage);return r(0)}))):this.schedule({priority:j-1,weight:0},()=>r(1));this._receive=function(t){return t._reject(new Bottleneck.prototype.BottleneckError(e.enqueueErrorMessage))};this.stop=()=>this.Promise.reject(new Bottleneck.prototype.BottleneckError("stop() has already been called"));return t}async _addToQueue(e){var t,r,s,o,n,A,i;({args:t,options:o}=e);try{({reachedHWM:n,blocked:r,strategy:i}=await this._store.__submit__(this.queued(),o.weight))}catch(r){s=r;this.Events.trigger("debug",`Could not queue ${o.id}`,{args:t,options:o,error:s});e.doDrop({error:s});return false}if(r){e.doDrop();return true}else if(n){A=i===Bottleneck.prototype.strategy.LEAK?this._queues.shiftLastFrom(o.priority):i===Bottleneck.prototype.strategy.OVERFLOW_PRIORITY?this._queues.shiftLastFrom(o.priority+1):i===Bottleneck.prototype.strategy.OVERFLOW?e:void 0;if(A!=null){A.doDrop()}if(A==null||i===Bottleneck.prototype.strategy.OVERFLOW){if(A==null){e.doDrop()}return n}}e.doQueue(n,r);this._queues.push(e);await this._drainAll();return n}_receive(e){if(this._states.jobStatus(e.options.id)!=null){e._reject(new Bottleneck.prototype.BottleneckError(`A job with the same id already exists (id=${e.options.id})`));return false}else{e.doReceive();return this._submitLock.schedule(this._addToQueue,e)}}submit(...e){var t,r,s,o,n,A,i;if(typeof e[0]==="function"){n=e,[r,...e]=n,[t]=te.call(e,-1);o=ee.load({},this.jobDefaults)}else{A=e,[o,r,...e]=A,[t]=te.call(e,-1);o=ee.load(o,this.jobDefaults)}i=(...e)=>new this.Promise(function(t,s){return r(...e,function(...e){return(e[0]!=null?s:t)(e)})});s=new W(i,e,o,this.jobDefaults,this.rejectOnDrop,this.Events,this._states,this.Promise);s.promise.then(function(e){return typeof t==="function"?t(...e):void 0}).catch(function(e){if(Array.isArray(e)){return typeof t==="function"?t(...e):void 0}else{return typeof t==="function"?t(e):void 0}});return this._receive(s)}schedule(...e){var t,r,s;if(typeof e[0]==="function"){[s,...e]=e;r={}}else{[r,s,...e]=e}t=new W(s,e,r,this.jobDefaults,this.rejectOnDrop,this.Events,this._states,this.Promise);this._receive(t);return t.promise}wrap(e){var t,r;t=this.schedule.bind(this);r=function(...r){return t(e.bind(this),...r)};r.withOptions=function(r,...s){return t(r,e,...s)};return r}async updateSettings(e={}){await this._store.__updateSettings__(ee.overwrite(e,this.storeDefaults));ee.overwrite(e,this.instanceDefaults,this);return this}currentReservoir(){return this._store.__currentReservoir__()}incrementReservoir(e=0){return this._store.__incrementReservoir__(e)}}Bottleneck.default=Bottleneck;Bottleneck.Events=q;Bottleneck.version=Bottleneck.prototype.version=Y.version;Bottleneck.strategy=Bottleneck.prototype.strategy={LEAK:1,OVERFLOW:2,OVERFLOW_PRIORITY:4,BLOCK:3};Bottleneck.BottleneckError=Bottleneck.prototype.BottleneckError=u;Bottleneck.Group=Bottleneck.prototype.Group=_;Bottleneck.RedisConnection=Bottleneck.prototype.RedisConnection=require$$2;Bottleneck.IORedisConnection=Bottleneck.prototype.IORedisConnection=require$$3;Bottleneck.Batcher=Bottleneck.prototype.Batcher=P;Bottleneck.prototype.jobDefaults={priority:V,weight:1,expiration:null,id:"<no-id>"};Bottleneck.prototype.storeDefaults={maxConcurrent:null,minTime:0,highWater:null,strategy:Bottleneck.prototype.strategy.LEAK,penalty:null,reservoir:null,reservoirRefreshInterval:null,reservoirRefreshAmount:null,reservoirIncreaseInterval:null,reservoirIncreaseAmount:null,reservoirIncreaseMaximum:null};Bottleneck.prototype.localStoreDefaults={Promise:Promise,timeout:null,heartbeatInterval:250};Bottleneck.prototype.redisStoreDefaults={Promise:Promise,timeout:null,heartbeatInterval:5e3,clientTimeout:1e4,Redis:null,clientOptions:{},clusterNodes:null,clearDatastore:false,connection:null};Bottleneck.prototype.instanceDefaults={datastore:"local",connection:null,id:"<no-id>",rejectOnDrop:true,trackDoneStatus:false,Promise:Promise};Bottleneck.prototype.stopDefaults={enqueueErrorMessage:"This limiter has been stopped and cannot accept new jobs.",dropWaitingJobs:true,dropErrorMessage:"This limiter has been stopped."};return Bottleneck}.call(e);var re=J;var se=re;return se})},9855:(e,t,r)=>{const s=r(8195);const{MAX_LENGTH:o,MAX_SAFE_INTEGER:n}=r(1825);const{safeRe:A,t:i}=r(3227);const a=r(4464);const{compareIdentifiers:c}=r(4192);const isPrereleaseIdentifier=(e,t)=>{const r=t.split(".");if(r.length>e.length){return false}for(let t=0;t<r.length;t++){if(c(e[t],r[t])!==0){return false}}return true};class SemVer{constructor(e,t){t=a(t);if(e instanceof SemVer){if(e.loose===!!t.loose&&e.includePrerelease===!!t.includePrerelease){return e}else{e=e.version}}else if(typeof e!=="string"){throw new TypeError(`Invalid version. Must be a string. Got type "${typeof e}".`)}if(e.length>o){throw new TypeError(`version is longer than ${o} characters`)}s("SemVer",e,t);this.options=t;this.loose=!!t.loose;this.includePrerelease=!!t.includePrerelease;const r=e.trim().match(t.loose?A[i.LOOSE]:A[i.FULL]);if(!r){throw new TypeError(`Invalid Version: ${e}`)}this.raw=e;this.major=+r[1];this.minor=+r[2];this.patch=+r[3];if(this.major>n||this.major<0){throw new TypeError("Invalid major version")}if(this.minor>n||this.minor<0){throw new TypeError("Invalid minor version")}if(this.patch>n||this.patch<0){throw new TypeError("Invalid patch version")}if(!r[4]){this.prerelease=[]}else{this.prerelease=r[4].split(".").map(e=>{if(/^[0-9]+$/.test(e)){const t=+e;if(t>=0&&t<n){return t}}return e})}this.build=r[5]?r[5].split("."):[];this.format()}format(){this.version=`${this.major}.${this.minor}.${this.patch}`;if(this.prerelease.length){this.version+=`-${this.prerelease.join(".")}`}return this.version}toString(){return this.version}compare(e){s("SemVer.compare",this.version,this.options,e);if(!(e instanceof SemVer)){if(typeof e==="string"&&e===this.version){return 0}e=new SemVer(e,this.options)}if(e.version===this.version){return 0}return this.compareMain(e)||this.comparePre(e)}compareMain(e){if(!(e instanceof SemVer)){e=new SemVer(e,this.options)}if(this.major<e.major){return-1}if(this.major>e.major){return 1}if(this.minor<e.minor){return-1}if(this.minor>e.minor){return 1}if(this.patch<e.patch){return-1}if(this.patch>e.patch){return 1}return 0}comparePre(e){if(!(e instanceof SemVer)){e=new SemVer(e,this.options)}if(this.prerelease.length&&!e.prerelease.length){return-1}else if(!this.prerelease.length&&e.prerelease.length){return 1}else if(!this.prerelease.length&&!e.prerelease.length){return 0}let t=0;do{const r=this.prerelease[t];const o=e.prerelease[t];s("prerelease compare",t,r,o);if(r===undefined&&o===undefined){return 0}else if(o===undefined){return 1}else if(r===undefined){return-1}else if(r===o){continue}else{return c(r,o)}}while(++t)}compareBuild(e){if(!(e instanceof SemVer)){e=new SemVer(e,this.options)}let t=0;do{const r=this.build[t];const o=e.build[t];s("build compare",t,r,o);if(r===undefined&&o===undefined){return 0}else if(o===undefined){return 1}else if(r===undefined){return-1}else if(r===o){continue}else{return c(r,o)}}while(++t)}inc(e,t,r){if(e.startsWith("pre")){if(!t&&r===false){throw new Error("invalid increment argument: identifier is empty")}if(t){const e=`-${t}`.match(this.options.loose?A[i.PRERELEASELOOSE]:A[i.PRERELEASE]);if(!e||e[1]!==t){throw new Error(`invalid identifier: ${t}`)}}}switch(e){case"premajor":this.prerelease.length=0;this.patch=0;this.minor=0;this.major++;this.inc("pre",t,r);break;case"preminor":this.prerelease.length=0;this.patch=0;this.minor++;this.inc("pre",t,r);break;case"prepatch":this.prerelease.length=0;this.inc("patch",t,r);this.inc("pre",t,r);break;case"prerelease":if(this.prerelease.length===0){this.inc("patch",t,r)}this.inc("pre",t,r);break;case"release":if(this.prerelease.length===0){throw new Error(`version ${this.raw} is not a prerelease`)}this.prerelease.length=0;break;case"major":if(this.minor!==0||this.patch!==0||this.prerelease.length===0){this.major++}this.minor=0;this.patch=0;this.prerelease=[];break;case"minor":if(this.patch!==0||this.prerelease.length===0){this.minor++}this.patch=0;this.prerelease=[];break;case"patch":if(this.prerelease.length===0){this.patch++}this.prerelease=[];break;case"pre":{const e=Number(r)?1:0;if(this.prerelease.length===0){this.prerelease=[e]}else{let s=this.prerelease.length;while(--s>=0){if(typeof this.prerelease[s]==="number"){this.prerelease[s]++;s=-2}}if(s===-1){if(t===this.prerelease.join(".")&&r===false){throw new Error("invalid increment argument: identifier already exists")}this.prerelease.push(e)}}if(t){let s=[t,e];if(r===false){s=[t]}if(isPrereleaseIdentifier(this.prerelease,t)){const e=this.prerelease[t.split(".").length];if(isNaN(e)){this.prerelease=s}}else{this.prerelease=s}}break}default:throw new Error(`invalid increment argument: ${e}`)}this.raw=this.format();if(this.build.length){this.raw+=`+${this.build.join(".")}`}return this}}e.exports=SemVer},6841:(e,t,r)=>{const s=r(9855);const compare=(e,t,r)=>new s(e,r).compare(new s(t,r));e.exports=compare},5542:(e,t,r)=>{const s=r(9855);const inc=(e,t,r,o,n)=>{if(typeof r==="string"){n=o;o=r;r=undefined}try{return new s(e instanceof s?e.version:e,r).inc(t,o,n).version}catch(e){return null}};e.exports=inc},1825:e=>{const t="2.0.0";const r=256;const s=Number.MAX_SAFE_INTEGER||9007199254740991;const o=16;const n=r-6;const A=["\t","\n","\v","\f","\r"," "," "," "," "," "," "," "," "," "," "," "," "," "," ","\u2028","\u2029"," "," ","　","\ufeff"];const i=["major","premajor","minor","preminor","patch","prepatch","prerelease"];e.exports={MAX_LENGTH:r,MAX_SAFE_COMPONENT_LENGTH:o,MAX_SAFE_BUILD_LENGTH:n,MAX_SAFE_INTEGER:s,WHITESPACE_CHARACTERS:A,RELEASE_TYPES:i,SEMVER_SPEC_VERSION:t,FLAG_INCLUDE_PRERELEASE:1,FLAG_LOOSE:2}},8195:e=>{const t=typeof process==="object"&&process.env&&process.env.NODE_DEBUG&&/\bsemver\b/i.test(process.env.NODE_DEBUG)?(...e)=>console.error("SEMVER",...e):()=>{};e.exports=t},4192:e=>{const t=/^[0-9]+$/;const compareIdentifiers=(e,r)=>{if(typeof e==="number"&&typeof r==="number"){return e===r?0:e<r?-1:1}const s=t.test(e);const o=t.test(r);if(s&&o){e=+e;r=+r}return e===r?0:s&&!o?-1:o&&!s?1:e<r?-1:1};const rcompareIdentifiers=(e,t)=>compareIdentifiers(t,e);e.exports={compareIdentifiers:compareIdentifiers,rcompareIdentifiers:rcompareIdentifiers}},4464:e=>{const t=Object.freeze({loose:true});const r=Object.freeze({});const parseOptions=e=>{if(!e){return r}if(typeof e!=="object"){return t}return e};e.exports=parseOptions},3227:(e,t,r)=>{const{MAX_SAFE_COMPONENT_LENGTH:s,MAX_SAFE_BUILD_LENGTH:o,MAX_LENGTH:n}=r(1825);const A=r(8195);t=e.exports={};const i=t.re=[];const a=t.safeRe=[];const c=t.src=[];const l=t.safeSrc=[];const u=t.t={};let g=0;const h="[a-zA-Z0-9-]";const E=[["\\s",1],["\\d",n],[h,o]];const makeSafeRegex=e=>{for(const[t,r]of E){e=e.split(`${t}*`).join(`${t}{0,${r}}`).split(`${t}+`).join(`${t}{1,${r}}`)}return e};const createToken=(e,t,r)=>{const s=makeSafeRegex(t);const o=g++;A(e,o,t);u[e]=o;c[o]=t;l[o]=s;i[o]=new RegExp(t,r?"g":undefined);a[o]=new RegExp(s,r?"g":undefined)};createToken("NUMERICIDENTIFIER","0|[1-9]\\d*");createToken("NUMERICIDENTIFIERLOOSE","\\d+");createToken("NONNUMERICIDENTIFIER",`\\d*[a-zA-Z-]${h}*`);createToken("MAINVERSION",`(${c[u.NUMERICIDENTIFIER]})\\.`+`(${c[u.NUMERICIDENTIFIER]})\\.`+`(${c[u.NUMERICIDENTIFIER]})`);createToken("MAINVERSIONLOOSE",`(${c[u.NUMERICIDENTIFIERLOOSE]})\\.`+`(${c[u.NUMERICIDENTIFIERLOOSE]})\\.`+`(${c[u.NUMERICIDENTIFIERLOOSE]})`);createToken("PRERELEASEIDENTIFIER",`(?:${c[u.NONNUMERICIDENTIFIER]}|${c[u.NUMERICIDENTIFIER]})`);createToken("PRERELEASEIDENTIFIERLOOSE",`(?:${c[u.NONNUMERICIDENTIFIER]}|${c[u.NUMERICIDENTIFIERLOOSE]})`);createToken("PRERELEASE",`(?:-(${c[u.PRERELEASEIDENTIFIER]}(?:\\.${c[u.PRERELEASEIDENTIFIER]})*))`);createToken("PRERELEASELOOSE",`(?:-?(${c[u.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${c[u.PRERELEASEIDENTIFIERLOOSE]})*))`);createToken("BUILDIDENTIFIER",`${h}+`);createToken("BUILD",`(?:\\+(${c[u.BUILDIDENTIFIER]}(?:\\.${c[u.BUILDIDENTIFIER]})*))`);createToken("FULLPLAIN",`v?${c[u.MAINVERSION]}${c[u.PRERELEASE]}?${c[u.BUILD]}?`);createToken("FULL",`^${c[u.FULLPLAIN]}$`);createToken("LOOSEPLAIN",`[v=\\s]*${c[u.MAINVERSIONLOOSE]}${c[u.PRERELEASELOOSE]}?${c[u.BUILD]}?`);createToken("LOOSE",`^${c[u.LOOSEPLAIN]}$`);createToken("GTLT","((?:<|>)?=?)");createToken("XRANGEIDENTIFIERLOOSE",`${c[u.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);createToken("XRANGEIDENTIFIER",`${c[u.NUMERICIDENTIFIER]}|x|X|\\*`);createToken("XRANGEPLAIN",`[v=\\s]*(${c[u.XRANGEIDENTIFIER]})`+`(?:\\.(${c[u.XRANGEIDENTIFIER]})`+`(?:\\.(${c[u.XRANGEIDENTIFIER]})`+`(?:${c[u.PRERELEASE]})?${c[u.BUILD]}?`+`)?)?`);createToken("XRANGEPLAINLOOSE",`[v=\\s]*(${c[u.XRANGEIDENTIFIERLOOSE]})`+`(?:\\.(${c[u.XRANGEIDENTIFIERLOOSE]})`+`(?:\\.(${c[u.XRANGEIDENTIFIERLOOSE]})`+`(?:${c[u.PRERELEASELOOSE]})?${c[u.BUILD]}?`+`)?)?`);createToken("XRANGE",`^${c[u.GTLT]}\\s*${c[u.XRANGEPLAIN]}$`);createToken("XRANGELOOSE",`^${c[u.GTLT]}\\s*${c[u.XRANGEPLAINLOOSE]}$`);createToken("COERCEPLAIN",`${"(^|[^\\d])"+"(\\d{1,"}${s}})`+`(?:\\.(\\d{1,${s}}))?`+`(?:\\.(\\d{1,${s}}))?`);createToken("COERCE",`${c[u.COERCEPLAIN]}(?:$|[^\\d])`);createToken("COERCEFULL",c[u.COERCEPLAIN]+`(?:${c[u.PRERELEASE]})?`+`(?:${c[u.BUILD]})?`+`(?:$|[^\\d])`);createToken("COERCERTL",c[u.COERCE],true);createToken("COERCERTLFULL",c[u.COERCEFULL],true);createToken("LONETILDE","(?:~>?)");createToken("TILDETRIM",`(\\s*)${c[u.LONETILDE]}\\s+`,true);t.tildeTrimReplace="$1~";createToken("TILDE",`^${c[u.LONETILDE]}${c[u.XRANGEPLAIN]}$`);createToken("TILDELOOSE",`^${c[u.LONETILDE]}${c[u.XRANGEPLAINLOOSE]}$`);createToken("LONECARET","(?:\\^)");createToken("CARETTRIM",`(\\s*)${c[u.LONECARET]}\\s+`,true);t.caretTrimReplace="$1^";createToken("CARET",`^${c[u.LONECARET]}${c[u.XRANGEPLAIN]}$`);createToken("CARETLOOSE",`^${c[u.LONECARET]}${c[u.XRANGEPLAINLOOSE]}$`);createToken("COMPARATORLOOSE",`^${c[u.GTLT]}\\s*(${c[u.LOOSEPLAIN]})$|^$`);createToken("COMPARATOR",`^${c[u.GTLT]}\\s*(${c[u.FULLPLAIN]})$|^$`);createToken("COMPARATORTRIM",`(\\s*)${c[u.GTLT]}\\s*(${c[u.LOOSEPLAIN]}|${c[u.XRANGEPLAIN]})`,true);t.comparatorTrimReplace="$1$2$3";createToken("HYPHENRANGE",`^\\s*(${c[u.XRANGEPLAIN]})`+`\\s+-\\s+`+`(${c[u.XRANGEPLAIN]})`+`\\s*$`);createToken("HYPHENRANGELOOSE",`^\\s*(${c[u.XRANGEPLAINLOOSE]})`+`\\s+-\\s+`+`(${c[u.XRANGEPLAINLOOSE]})`+`\\s*$`);createToken("STAR","(<|>)?=?\\s*\\*");createToken("GTE0","^\\s*>=\\s*0\\.0\\.0\\s*$");createToken("GTE0PRE","^\\s*>=\\s*0\\.0\\.0-0\\s*$")},5070:(e,t,r)=>{e.exports=r(5862)},5862:(e,t,r)=>{var s=r(9278);var o=r(4756);var n=r(8611);var A=r(5692);var i=r(4434);var a=r(2613);var c=r(9023);t.httpOverHttp=httpOverHttp;t.httpsOverHttp=httpsOverHttp;t.httpOverHttps=httpOverHttps;t.httpsOverHttps=httpsOverHttps;function httpOverHttp(e){var t=new TunnelingAgent(e);t.request=n.request;return t}function httpsOverHttp(e){var t=new TunnelingAgent(e);t.request=n.request;t.createSocket=createSecureSocket;t.defaultPort=443;return t}function httpOverHttps(e){var t=new TunnelingAgent(e);t.request=A.request;return t}function httpsOverHttps(e){var t=new TunnelingAgent(e);t.request=A.request;t.createSocket=createSecureSocket;t.defaultPort=443;return t}function TunnelingAgent(e){var t=this;t.options=e||{};t.proxyOptions=t.options.proxy||{};t.maxSockets=t.options.maxSockets||n.Agent.defaultMaxSockets;t.requests=[];t.sockets=[];t.on("free",function onFree(e,r,s,o){var n=toOptions(r,s,o);for(var A=0,i=t.requests.length;A<i;++A){var a=t.requests[A];if(a.host===n.host&&a.port===n.port){t.requests.splice(A,1);a.request.onSocket(e);return}}e.destroy();t.removeSocket(e)})}c.inherits(TunnelingAgent,i.EventEmitter);TunnelingAgent.prototype.addRequest=function addRequest(e,t,r,s){var o=this;var n=mergeOptions({request:e},o.options,toOptions(t,r,s));if(o.sockets.length>=this.maxSockets){o.requests.push(n);return}o.createSocket(n,function(t){t.on("free",onFree);t.on("close",onCloseOrRemove);t.on("agentRemove",onCloseOrRemove);e.onSocket(t);function onFree(){o.emit("free",t,n)}function onCloseOrRemove(e){o.removeSocket(t);t.removeListener("free",onFree);t.removeListener("close",onCloseOrRemove);t.removeListener("agentRemove",onCloseOrRemove)}})};TunnelingAgent.prototype.createSocket=function createSocket(e,t){var r=this;var s={};r.sockets.push(s);var o=mergeOptions({},r.proxyOptions,{method:"CONNECT",path:e.host+":"+e.port,agent:false,headers:{host:e.host+":"+e.port}});if(e.localAddress){o.localAddress=e.localAddress}if(o.proxyAuth){o.headers=o.headers||{};o.headers["Proxy-Authorization"]="Basic "+new Buffer(o.proxyAuth).toString("base64")}l("making CONNECT request");var n=r.request(o);n.useChunkedEncodingByDefault=false;n.once("response",onResponse);n.once("upgrade",onUpgrade);n.once("connect",onConnect);n.once("error",onError);n.end();function onResponse(e){e.upgrade=true}function onUpgrade(e,t,r){process.nextTick(function(){onConnect(e,t,r)})}function onConnect(o,A,i){n.removeAllListeners();A.removeAllListeners();if(o.statusCode!==200){l("tunneling socket could not be established, statusCode=%d",o.statusCode);A.destroy();var a=new Error("tunneling socket could not be established, "+"statusCode="+o.statusCode);a.code="ECONNRESET";e.request.emit("error",a);r.removeSocket(s);return}if(i.length>0){l("got illegal response body from proxy");A.destroy();var a=new Error("got illegal response body from proxy");a.code="ECONNRESET";e.request.emit("error",a);r.removeSocket(s);return}l("tunneling connection has established");r.sockets[r.sockets.indexOf(s)]=A;return t(A)}function onError(t){n.removeAllListeners();l("tunneling socket could not be established, cause=%s\n",t.message,t.stack);var o=new Error("tunneling socket could not be established, "+"cause="+t.message);o.code="ECONNRESET";e.request.emit("error",o);r.removeSocket(s)}};TunnelingAgent.prototype.removeSocket=function removeSocket(e){var t=this.sockets.indexOf(e);if(t===-1){return}this.sockets.splice(t,1);var r=this.requests.shift();if(r){this.createSocket(r,function(e){r.request.onSocket(e)})}};function createSecureSocket(e,t){var r=this;TunnelingAgent.prototype.createSocket.call(r,e,function(s){var n=e.request.getHeader("host");var A=mergeOptions({},r.options,{socket:s,servername:n?n.replace(/:.*$/,""):e.host});var i=o.connect(0,A);r.sockets[r.sockets.indexOf(s)]=i;t(i)})}function toOptions(e,t,r){if(typeof e==="string"){return{host:e,port:t,localAddress:r}}return e}function mergeOptions(e){for(var t=1,r=arguments.length;t<r;++t){var s=arguments[t];if(typeof s==="object"){var o=Object.keys(s);for(var n=0,A=o.length;n<A;++n){var i=o[n];if(s[i]!==undefined){e[i]=s[i]}}}}return e}var l;if(process.env.NODE_DEBUG&&/\btunnel\b/.test(process.env.NODE_DEBUG)){l=function(){var e=Array.prototype.slice.call(arguments);if(typeof e[0]==="string"){e[0]="TUNNEL: "+e[0]}else{e.unshift("TUNNEL:")}console.error.apply(console,e)}}else{l=function(){}}t.debug=l},1684:(e,t,r)=>{const s=r(1313);const o=r(3415);const n=r(5928);const A=r(6681);const i=r(1745);const a=r(7508);const c=r(9221);const l=r(334);const u=r(3959);const g=r(9500);const{InvalidArgumentError:h}=u;const E=r(2531);const d=r(1332);const p=r(2361);const Q=r(7017);const f=r(6480);const B=r(2673);const I=r(4004);const{getGlobalDispatcher:m,setGlobalDispatcher:w}=r(1481);const y=r(9151);const b=r(7158);const k=r(1576);Object.assign(o.prototype,E);e.exports.Dispatcher=o;e.exports.Client=s;e.exports.Pool=n;e.exports.BalancedPool=A;e.exports.Agent=i;e.exports.ProxyAgent=a;e.exports.EnvHttpProxyAgent=c;e.exports.RetryAgent=l;e.exports.RetryHandler=I;e.exports.DecoratorHandler=y;e.exports.RedirectHandler=b;e.exports.createRedirectInterceptor=k;e.exports.interceptors={redirect:r(7734),retry:r(5486),dump:r(5376),dns:r(4287)};e.exports.buildConnector=d;e.exports.errors=u;e.exports.util={parseHeaders:g.parseHeaders,headerNameToString:g.headerNameToString};function makeDispatcher(e){return(t,r,s)=>{if(typeof r==="function"){s=r;r=null}if(!t||typeof t!=="string"&&typeof t!=="object"&&!(t instanceof URL)){throw new h("invalid url")}if(r!=null&&typeof r!=="object"){throw new h("invalid opts")}if(r&&r.path!=null){if(typeof r.path!=="string"){throw new h("invalid opts.path")}let e=r.path;if(!r.path.startsWith("/")){e=`/${e}`}t=new URL(g.parseOrigin(t).origin+e)}else{if(!r){r=typeof t==="object"?t:{}}t=g.parseURL(t)}const{agent:o,dispatcher:n=m()}=r;if(o){throw new h("unsupported opts.agent. Did you mean opts.client?")}return e.call(n,{...r,origin:t.origin,path:t.search?`${t.pathname}${t.search}`:t.pathname,method:r.method||(r.body?"PUT":"GET")},s)}}e.exports.setGlobalDispatcher=w;e.exports.getGlobalDispatcher=m;const R=r(4202).fetch;e.exports.fetch=async function fetch(e,t=undefined){try{return await R(e,t)}catch(e){if(e&&typeof e==="object"){Error.captureStackTrace(e)}throw e}};e.exports.Headers=r(3408).Headers;e.exports.Response=r(7287).Response;e.exports.Request=r(9683).Request;e.exports.FormData=r(3818).FormData;e.exports.File=globalThis.File??r(4573).File;e.exports.FileReader=r(6575).FileReader;const{setGlobalOrigin:D,getGlobalOrigin:T}=r(5311);e.exports.setGlobalOrigin=D;e.exports.getGlobalOrigin=T;const{CacheStorage:S}=r(6577);const{kConstruct:F}=r(8329);e.exports.caches=new S(F);const{deleteCookie:v,getCookies:U,getSetCookies:N,setCookie:M}=r(7889);e.exports.deleteCookie=v;e.exports.getCookies=U;e.exports.getSetCookies=N;e.exports.setCookie=M;const{parseMIMEType:L,serializeAMimeType:G}=r(192);e.exports.parseMIMEType=L;e.exports.serializeAMimeType=G;const{CloseEvent:_,ErrorEvent:O,MessageEvent:H}=r(6760);e.exports.WebSocket=r(2522).WebSocket;e.exports.CloseEvent=_;e.exports.ErrorEvent=O;e.exports.MessageEvent=H;e.exports.request=makeDispatcher(E.request);e.exports.stream=makeDispatcher(E.stream);e.exports.pipeline=makeDispatcher(E.pipeline);e.exports.connect=makeDispatcher(E.connect);e.exports.upgrade=makeDispatcher(E.upgrade);e.exports.MockClient=p;e.exports.MockPool=f;e.exports.MockAgent=Q;e.exports.mockErrors=B;const{EventSource:x}=r(7042);e.exports.EventSource=x},2730:(e,t,r)=>{const{addAbortListener:s}=r(9500);const{RequestAbortedError:o}=r(3959);const n=Symbol("kListener");const A=Symbol("kSignal");function abort(e){if(e.abort){e.abort(e[A]?.reason)}else{e.reason=e[A]?.reason??new o}removeSignal(e)}function addSignal(e,t){e.reason=null;e[A]=null;e[n]=null;if(!t){return}if(t.aborted){abort(e);return}e[A]=t;e[n]=()=>{abort(e)};s(e[A],e[n])}function removeSignal(e){if(!e[A]){return}if("removeEventListener"in e[A]){e[A].removeEventListener("abort",e[n])}else{e[A].removeListener("abort",e[n])}e[A]=null;e[n]=null}e.exports={addSignal:addSignal,removeSignal:removeSignal}},3192:(e,t,r)=>{const s=r(4589);const{AsyncResource:o}=r(6698);const{InvalidArgumentError:n,SocketError:A}=r(3959);const i=r(9500);const{addSignal:a,removeSignal:c}=r(2730);class ConnectHandler extends o{constructor(e,t){if(!e||typeof e!=="object"){throw new n("invalid opts")}if(typeof t!=="function"){throw new n("invalid callback")}const{signal:r,opaque:s,responseHeaders:o}=e;if(r&&typeof r.on!=="function"&&typeof r.addEventListener!=="function"){throw new n("signal must be an EventEmitter or EventTarget")}super("UNDICI_CONNECT");this.opaque=s||null;this.responseHeaders=o||null;this.callback=t;this.abort=null;a(this,r)}onConnect(e,t){if(this.reason){e(this.reason);return}s(this.callback);this.abort=e;this.context=t}onHeaders(){throw new A("bad connect",null)}onUpgrade(e,t,r){const{callback:s,opaque:o,context:n}=this;c(this);this.callback=null;let A=t;if(A!=null){A=this.responseHeaders==="raw"?i.parseRawHeaders(t):i.parseHeaders(t)}this.runInAsyncScope(s,null,null,{statusCode:e,headers:A,socket:r,opaque:o,context:n})}onError(e){const{callback:t,opaque:r}=this;c(this);if(t){this.callback=null;queueMicrotask(()=>{this.runInAsyncScope(t,null,e,{opaque:r})})}}}function connect(e,t){if(t===undefined){return new Promise((t,r)=>{connect.call(this,e,(e,s)=>e?r(e):t(s))})}try{const r=new ConnectHandler(e,t);this.dispatch({...e,method:"CONNECT"},r)}catch(r){if(typeof t!=="function"){throw r}const s=e?.opaque;queueMicrotask(()=>t(r,{opaque:s}))}}e.exports=connect},2466:(e,t,r)=>{const{Readable:s,Duplex:o,PassThrough:n}=r(7075);const{InvalidArgumentError:A,InvalidReturnValueError:i,RequestAbortedError:a}=r(3959);const c=r(9500);const{AsyncResource:l}=r(6698);const{addSignal:u,removeSignal:g}=r(2730);const h=r(4589);const E=Symbol("resume");class PipelineRequest extends s{constructor(){super({autoDestroy:true});this[E]=null}_read(){const{[E]:e}=this;if(e){this[E]=null;e()}}_destroy(e,t){this._read();t(e)}}class PipelineResponse extends s{constructor(e){super({autoDestroy:true});this[E]=e}_read(){this[E]()}_destroy(e,t){if(!e&&!this._readableState.endEmitted){e=new a}t(e)}}class PipelineHandler extends l{constructor(e,t){if(!e||typeof e!=="object"){throw new A("invalid opts")}if(typeof t!=="function"){throw new A("invalid handler")}const{signal:r,method:s,opaque:n,onInfo:i,responseHeaders:l}=e;if(r&&typeof r.on!=="function"&&typeof r.addEventListener!=="function"){throw new A("signal must be an EventEmitter or EventTarget")}if(s==="CONNECT"){throw new A("invalid method")}if(i&&typeof i!=="function"){throw new A("invalid onInfo callback")}super("UNDICI_PIPELINE");this.opaque=n||null;this.responseHeaders=l||null;this.handler=t;this.abort=null;this.context=null;this.onInfo=i||null;this.req=(new PipelineRequest).on("error",c.nop);this.ret=new o({readableObjectMode:e.objectMode,autoDestroy:true,read:()=>{const{body:e}=this;if(e?.resume){e.resume()}},write:(e,t,r)=>{const{req:s}=this;if(s.push(e,t)||s._readableState.destroyed){r()}else{s[E]=r}},destroy:(e,t)=>{const{body:r,req:s,res:o,ret:n,abort:A}=this;if(!e&&!n._readableState.endEmitted){e=new a}if(A&&e){A()}c.destroy(r,e);c.destroy(s,e);c.destroy(o,e);g(this);t(e)}}).on("prefinish",()=>{const{req:e}=this;e.push(null)});this.res=null;u(this,r)}onConnect(e,t){const{ret:r,res:s}=this;if(this.reason){e(this.reason);return}h(!s,"pipeline cannot be retried");h(!r.destroyed);this.abort=e;this.context=t}onHeaders(e,t,r){const{opaque:s,handler:o,context:n}=this;if(e<200){if(this.onInfo){const r=this.responseHeaders==="raw"?c.parseRawHeaders(t):c.parseHeaders(t);this.onInfo({statusCode:e,headers:r})}return}this.res=new PipelineResponse(r);let A;try{this.handler=null;const r=this.responseHeaders==="raw"?c.parseRawHeaders(t):c.parseHeaders(t);A=this.runInAsyncScope(o,null,{statusCode:e,headers:r,opaque:s,body:this.res,context:n})}catch(e){this.res.on("error",c.nop);throw e}if(!A||typeof A.on!=="function"){throw new i("expected Readable")}A.on("data",e=>{const{ret:t,body:r}=this;if(!t.push(e)&&r.pause){r.pause()}}).on("error",e=>{const{ret:t}=this;c.destroy(t,e)}).on("end",()=>{const{ret:e}=this;e.push(null)}).on("close",()=>{const{ret:e}=this;if(!e._readableState.ended){c.destroy(e,new a)}});this.body=A}onData(e){const{res:t}=this;return t.push(e)}onComplete(e){const{res:t}=this;t.push(null)}onError(e){const{ret:t}=this;this.handler=null;c.destroy(t,e)}}function pipeline(e,t){try{const r=new PipelineHandler(e,t);this.dispatch({...e,body:r.req},r);return r.ret}catch(e){return(new n).destroy(e)}}e.exports=pipeline},887:(e,t,r)=>{const s=r(4589);const{Readable:o}=r(8947);const{InvalidArgumentError:n,RequestAbortedError:A}=r(3959);const i=r(9500);const{getResolveErrorBodyCallback:a}=r(363);const{AsyncResource:c}=r(6698);class RequestHandler extends c{constructor(e,t){if(!e||typeof e!=="object"){throw new n("invalid opts")}const{signal:r,method:s,opaque:o,body:a,onInfo:c,responseHeaders:l,throwOnError:u,highWaterMark:g}=e;try{if(typeof t!=="function"){throw new n("invalid callback")}if(g&&(typeof g!=="number"||g<0)){throw new n("invalid highWaterMark")}if(r&&typeof r.on!=="function"&&typeof r.addEventListener!=="function"){throw new n("signal must be an EventEmitter or EventTarget")}if(s==="CONNECT"){throw new n("invalid method")}if(c&&typeof c!=="function"){throw new n("invalid onInfo callback")}super("UNDICI_REQUEST")}catch(e){if(i.isStream(a)){i.destroy(a.on("error",i.nop),e)}throw e}this.method=s;this.responseHeaders=l||null;this.opaque=o||null;this.callback=t;this.res=null;this.abort=null;this.body=a;this.trailers={};this.context=null;this.onInfo=c||null;this.throwOnError=u;this.highWaterMark=g;this.signal=r;this.reason=null;this.removeAbortListener=null;if(i.isStream(a)){a.on("error",e=>{this.onError(e)})}if(this.signal){if(this.signal.aborted){this.reason=this.signal.reason??new A}else{this.removeAbortListener=i.addAbortListener(this.signal,()=>{this.reason=this.signal.reason??new A;if(this.res){i.destroy(this.res.on("error",i.nop),this.reason)}else if(this.abort){this.abort(this.reason)}if(this.removeAbortListener){this.res?.off("close",this.removeAbortListener);this.removeAbortListener();this.removeAbortListener=null}})}}}onConnect(e,t){if(this.reason){e(this.reason);return}s(this.callback);this.abort=e;this.context=t}onHeaders(e,t,r,s){const{callback:n,opaque:A,abort:c,context:l,responseHeaders:u,highWaterMark:g}=this;const h=u==="raw"?i.parseRawHeaders(t):i.parseHeaders(t);if(e<200){if(this.onInfo){this.onInfo({statusCode:e,headers:h})}return}const E=u==="raw"?i.parseHeaders(t):h;const d=E["content-type"];const p=E["content-length"];const Q=new o({resume:r,abort:c,contentType:d,contentLength:this.method!=="HEAD"&&p?Number(p):null,highWaterMark:g});if(this.removeAbortListener){Q.on("close",this.removeAbortListener)}this.callback=null;this.res=Q;if(n!==null){if(this.throwOnError&&e>=400){this.runInAsyncScope(a,null,{callback:n,body:Q,contentType:d,statusCode:e,statusMessage:s,headers:h})}else{this.runInAsyncScope(n,null,null,{statusCode:e,headers:h,trailers:this.trailers,opaque:A,body:Q,context:l})}}}onData(e){return this.res.push(e)}onComplete(e){i.parseHeaders(e,this.trailers);this.res.push(null)}onError(e){const{res:t,callback:r,body:s,opaque:o}=this;if(r){this.callback=null;queueMicrotask(()=>{this.runInAsyncScope(r,null,e,{opaque:o})})}if(t){this.res=null;queueMicrotask(()=>{i.destroy(t,e)})}if(s){this.body=null;i.destroy(s,e)}if(this.removeAbortListener){t?.off("close",this.removeAbortListener);this.removeAbortListener();this.removeAbortListener=null}}}function request(e,t){if(t===undefined){return new Promise((t,r)=>{request.call(this,e,(e,s)=>e?r(e):t(s))})}try{this.dispatch(e,new RequestHandler(e,t))}catch(r){if(typeof t!=="function"){throw r}const s=e?.opaque;queueMicrotask(()=>t(r,{opaque:s}))}}e.exports=request;e.exports.RequestHandler=RequestHandler},4388:(e,t,r)=>{const s=r(4589);const{finished:o,PassThrough:n}=r(7075);const{InvalidArgumentError:A,InvalidReturnValueError:i}=r(3959);const a=r(9500);const{getResolveErrorBodyCallback:c}=r(363);const{AsyncResource:l}=r(6698);const{addSignal:u,removeSignal:g}=r(2730);class StreamHandler extends l{constructor(e,t,r){if(!e||typeof e!=="object"){throw new A("invalid opts")}const{signal:s,method:o,opaque:n,body:i,onInfo:c,responseHeaders:l,throwOnError:g}=e;try{if(typeof r!=="function"){throw new A("invalid callback")}if(typeof t!=="function"){throw new A("invalid factory")}if(s&&typeof s.on!=="function"&&typeof s.addEventListener!=="function"){throw new A("signal must be an EventEmitter or EventTarget")}if(o==="CONNECT"){throw new A("invalid method")}if(c&&typeof c!=="function"){throw new A("invalid onInfo callback")}super("UNDICI_STREAM")}catch(e){if(a.isStream(i)){a.destroy(i.on("error",a.nop),e)}throw e}this.responseHeaders=l||null;this.opaque=n||null;this.factory=t;this.callback=r;this.res=null;this.abort=null;this.context=null;this.trailers=null;this.body=i;this.onInfo=c||null;this.throwOnError=g||false;if(a.isStream(i)){i.on("error",e=>{this.onError(e)})}u(this,s)}onConnect(e,t){if(this.reason){e(this.reason);return}s(this.callback);this.abort=e;this.context=t}onHeaders(e,t,r,s){const{factory:A,opaque:l,context:u,callback:g,responseHeaders:h}=this;const E=h==="raw"?a.parseRawHeaders(t):a.parseHeaders(t);if(e<200){if(this.onInfo){this.onInfo({statusCode:e,headers:E})}return}this.factory=null;let d;if(this.throwOnError&&e>=400){const r=h==="raw"?a.parseHeaders(t):E;const o=r["content-type"];d=new n;this.callback=null;this.runInAsyncScope(c,null,{callback:g,body:d,contentType:o,statusCode:e,statusMessage:s,headers:E})}else{if(A===null){return}d=this.runInAsyncScope(A,null,{statusCode:e,headers:E,opaque:l,context:u});if(!d||typeof d.write!=="function"||typeof d.end!=="function"||typeof d.on!=="function"){throw new i("expected Writable")}o(d,{readable:false},e=>{const{callback:t,res:r,opaque:s,trailers:o,abort:n}=this;this.res=null;if(e||!r.readable){a.destroy(r,e)}this.callback=null;this.runInAsyncScope(t,null,e||null,{opaque:s,trailers:o});if(e){n()}})}d.on("drain",r);this.res=d;const p=d.writableNeedDrain!==undefined?d.writableNeedDrain:d._writableState?.needDrain;return p!==true}onData(e){const{res:t}=this;return t?t.write(e):true}onComplete(e){const{res:t}=this;g(this);if(!t){return}this.trailers=a.parseHeaders(e);t.end()}onError(e){const{res:t,callback:r,opaque:s,body:o}=this;g(this);this.factory=null;if(t){this.res=null;a.destroy(t,e)}else if(r){this.callback=null;queueMicrotask(()=>{this.runInAsyncScope(r,null,e,{opaque:s})})}if(o){this.body=null;a.destroy(o,e)}}}function stream(e,t,r){if(r===undefined){return new Promise((r,s)=>{stream.call(this,e,t,(e,t)=>e?s(e):r(t))})}try{this.dispatch(e,new StreamHandler(e,t,r))}catch(t){if(typeof r!=="function"){throw t}const s=e?.opaque;queueMicrotask(()=>r(t,{opaque:s}))}}e.exports=stream},6342:(e,t,r)=>{const{InvalidArgumentError:s,SocketError:o}=r(3959);const{AsyncResource:n}=r(6698);const A=r(9500);const{addSignal:i,removeSignal:a}=r(2730);const c=r(4589);class UpgradeHandler extends n{constructor(e,t){if(!e||typeof e!=="object"){throw new s("invalid opts")}if(typeof t!=="function"){throw new s("invalid callback")}const{signal:r,opaque:o,responseHeaders:n}=e;if(r&&typeof r.on!=="function"&&typeof r.addEventListener!=="function"){throw new s("signal must be an EventEmitter or EventTarget")}super("UNDICI_UPGRADE");this.responseHeaders=n||null;this.opaque=o||null;this.callback=t;this.abort=null;this.context=null;i(this,r)}onConnect(e,t){if(this.reason){e(this.reason);return}c(this.callback);this.abort=e;this.context=null}onHeaders(){throw new o("bad upgrade",null)}onUpgrade(e,t,r){c(e===101);const{callback:s,opaque:o,context:n}=this;a(this);this.callback=null;const i=this.responseHeaders==="raw"?A.parseRawHeaders(t):A.parseHeaders(t);this.runInAsyncScope(s,null,null,{headers:i,socket:r,opaque:o,context:n})}onError(e){const{callback:t,opaque:r}=this;a(this);if(t){this.callback=null;queueMicrotask(()=>{this.runInAsyncScope(t,null,e,{opaque:r})})}}}function upgrade(e,t){if(t===undefined){return new Promise((t,r)=>{upgrade.call(this,e,(e,s)=>e?r(e):t(s))})}try{const r=new UpgradeHandler(e,t);this.dispatch({...e,method:e.method||"GET",upgrade:e.protocol||"Websocket"},r)}catch(r){if(typeof t!=="function"){throw r}const s=e?.opaque;queueMicrotask(()=>t(r,{opaque:s}))}}e.exports=upgrade},2531:(e,t,r)=>{e.exports.request=r(887);e.exports.stream=r(4388);e.exports.pipeline=r(2466);e.exports.upgrade=r(6342);e.exports.connect=r(3192)},8947:(e,t,r)=>{const s=r(4589);const{Readable:o}=r(7075);const{RequestAbortedError:n,NotSupportedError:A,InvalidArgumentError:i,AbortError:a}=r(3959);const c=r(9500);const{ReadableStreamFrom:l}=r(9500);const u=Symbol("kConsume");const g=Symbol("kReading");const h=Symbol("kBody");const E=Symbol("kAbort");const d=Symbol("kContentType");const p=Symbol("kContentLength");const noop=()=>{};class BodyReadable extends o{constructor({resume:e,abort:t,contentType:r="",contentLength:s,highWaterMark:o=64*1024}){super({autoDestroy:true,read:e,highWaterMark:o});this._readableState.dataEmitted=false;this[E]=t;this[u]=null;this[h]=null;this[d]=r;this[p]=s;this[g]=false}destroy(e){if(!e&&!this._readableState.endEmitted){e=new n}if(e){this[E]()}return super.destroy(e)}_destroy(e,t){if(!this[g]){setImmediate(()=>{t(e)})}else{t(e)}}on(e,...t){if(e==="data"||e==="readable"){this[g]=true}return super.on(e,...t)}addListener(e,...t){return this.on(e,...t)}off(e,...t){const r=super.off(e,...t);if(e==="data"||e==="readable"){this[g]=this.listenerCount("data")>0||this.listenerCount("readable")>0}return r}removeListener(e,...t){return this.off(e,...t)}push(e){if(this[u]&&e!==null){consumePush(this[u],e);return this[g]?super.push(e):true}return super.push(e)}async text(){return consume(this,"text")}async json(){return consume(this,"json")}async blob(){return consume(this,"blob")}async bytes(){return consume(this,"bytes")}async arrayBuffer(){return consume(this,"arrayBuffer")}async formData(){throw new A}get bodyUsed(){return c.isDisturbed(this)}get body(){if(!this[h]){this[h]=l(this);if(this[u]){this[h].getReader();s(this[h].locked)}}return this[h]}async dump(e){let t=Number.isFinite(e?.limit)?e.limit:128*1024;const r=e?.signal;if(r!=null&&(typeof r!=="object"||!("aborted"in r))){throw new i("signal must be an AbortSignal")}r?.throwIfAborted();if(this._readableState.closeEmitted){return null}return await new Promise((e,s)=>{if(this[p]>t){this.destroy(new a)}const onAbort=()=>{this.destroy(r.reason??new a)};r?.addEventListener("abort",onAbort);this.on("close",function(){r?.removeEventListener("abort",onAbort);if(r?.aborted){s(r.reason??new a)}else{e(null)}}).on("error",noop).on("data",function(e){t-=e.length;if(t<=0){this.destroy()}}).resume()})}}function isLocked(e){return e[h]&&e[h].locked===true||e[u]}function isUnusable(e){return c.isDisturbed(e)||isLocked(e)}async function consume(e,t){s(!e[u]);return new Promise((r,s)=>{if(isUnusable(e)){const t=e._readableState;if(t.destroyed&&t.closeEmitted===false){e.on("error",e=>{s(e)}).on("close",()=>{s(new TypeError("unusable"))})}else{s(t.errored??new TypeError("unusable"))}}else{queueMicrotask(()=>{e[u]={type:t,stream:e,resolve:r,reject:s,length:0,body:[]};e.on("error",function(e){consumeFinish(this[u],e)}).on("close",function(){if(this[u].body!==null){consumeFinish(this[u],new n)}});consumeStart(e[u])})}})}function consumeStart(e){if(e.body===null){return}const{_readableState:t}=e.stream;if(t.bufferIndex){const r=t.bufferIndex;const s=t.buffer.length;for(let o=r;o<s;o++){consumePush(e,t.buffer[o])}}else{for(const r of t.buffer){consumePush(e,r)}}if(t.endEmitted){consumeEnd(this[u])}else{e.stream.on("end",function(){consumeEnd(this[u])})}e.stream.resume();while(e.stream.read()!=null){}}function chunksDecode(e,t){if(e.length===0||t===0){return""}const r=e.length===1?e[0]:Buffer.concat(e,t);const s=r.length;const o=s>2&&r[0]===239&&r[1]===187&&r[2]===191?3:0;return r.utf8Slice(o,s)}function chunksConcat(e,t){if(e.length===0||t===0){return new Uint8Array(0)}if(e.length===1){return new Uint8Array(e[0])}const r=new Uint8Array(Buffer.allocUnsafeSlow(t).buffer);let s=0;for(let t=0;t<e.length;++t){const o=e[t];r.set(o,s);s+=o.length}return r}function consumeEnd(e){const{type:t,body:r,resolve:s,stream:o,length:n}=e;try{if(t==="text"){s(chunksDecode(r,n))}else if(t==="json"){s(JSON.parse(chunksDecode(r,n)))}else if(t==="arrayBuffer"){s(chunksConcat(r,n).buffer)}else if(t==="blob"){s(new Blob(r,{type:o[d]}))}else if(t==="bytes"){s(chunksConcat(r,n))}consumeFinish(e)}catch(e){o.destroy(e)}}function consumePush(e,t){e.length+=t.length;e.body.push(t)}function consumeFinish(e,t){if(e.body===null){return}if(t){e.reject(t)}else{e.resolve()}e.type=null;e.stream=null;e.resolve=null;e.reject=null;e.length=0;e.body=null}e.exports={Readable:BodyReadable,chunksDecode:chunksDecode}},363:(e,t,r)=>{const s=r(4589);const{ResponseStatusCodeError:o}=r(3959);const{chunksDecode:n}=r(8947);const A=128*1024;async function getResolveErrorBodyCallback({callback:e,body:t,contentType:r,statusCode:i,statusMessage:a,headers:c}){s(t);let l=[];let u=0;try{for await(const e of t){l.push(e);u+=e.length;if(u>A){l=[];u=0;break}}}catch{l=[];u=0}const g=`Response status code ${i}${a?`: ${a}`:""}`;if(i===204||!r||!u){queueMicrotask(()=>e(new o(g,i,c)));return}const h=Error.stackTraceLimit;Error.stackTraceLimit=0;let E;try{if(isContentTypeApplicationJson(r)){E=JSON.parse(n(l,u))}else if(isContentTypeText(r)){E=n(l,u)}}catch{}finally{Error.stackTraceLimit=h}queueMicrotask(()=>e(new o(g,i,c,E)))}const isContentTypeApplicationJson=e=>e.length>15&&e[11]==="/"&&e[0]==="a"&&e[1]==="p"&&e[2]==="p"&&e[3]==="l"&&e[4]==="i"&&e[5]==="c"&&e[6]==="a"&&e[7]==="t"&&e[8]==="i"&&e[9]==="o"&&e[10]==="n"&&e[12]==="j"&&e[13]==="s"&&e[14]==="o"&&e[15]==="n";const isContentTypeText=e=>e.length>4&&e[4]==="/"&&e[0]==="t"&&e[1]==="e"&&e[2]==="x"&&e[3]==="t";e.exports={getResolveErrorBodyCallback:getResolveErrorBodyCallback,isContentTypeApplicationJson:isContentTypeApplicationJson,isContentTypeText:isContentTypeText}},1332:(e,t,r)=>{const s=r(7030);const o=r(4589);const n=r(9500);const{InvalidArgumentError:A,ConnectTimeoutError:i}=r(3959);const a=r(4591);function noop(){}let c;let l;if(global.FinalizationRegistry&&!(process.env.NODE_V8_COVERAGE||process.env.UNDICI_NO_FG)){l=class WeakSessionCache{constructor(e){this._maxCachedSessions=e;this._sessionCache=new Map;this._sessionRegistry=new global.FinalizationRegistry(e=>{if(this._sessionCache.size<this._maxCachedSessions){return}const t=this._sessionCache.get(e);if(t!==undefined&&t.deref()===undefined){this._sessionCache.delete(e)}})}get(e){const t=this._sessionCache.get(e);return t?t.deref():null}set(e,t){if(this._maxCachedSessions===0){return}this._sessionCache.set(e,new WeakRef(t));this._sessionRegistry.register(t,e)}}}else{l=class SimpleSessionCache{constructor(e){this._maxCachedSessions=e;this._sessionCache=new Map}get(e){return this._sessionCache.get(e)}set(e,t){if(this._maxCachedSessions===0){return}if(this._sessionCache.size>=this._maxCachedSessions){const{value:e}=this._sessionCache.keys().next();this._sessionCache.delete(e)}this._sessionCache.set(e,t)}}}function buildConnector({allowH2:e,maxCachedSessions:t,socketPath:i,timeout:a,session:g,...h}){if(t!=null&&(!Number.isInteger(t)||t<0)){throw new A("maxCachedSessions must be a positive integer or zero")}const E={path:i,...h};const d=new l(t==null?100:t);a=a==null?1e4:a;e=e!=null?e:false;return function connect({hostname:t,host:A,protocol:i,port:l,servername:h,localAddress:p,httpSocket:Q},f){let B;if(i==="https:"){if(!c){c=r(1692)}h=h||E.servername||n.getServerName(A)||null;const s=h||t;o(s);const i=g||d.get(s)||null;l=l||443;B=c.connect({highWaterMark:16384,...E,servername:h,session:i,localAddress:p,ALPNProtocols:e?["http/1.1","h2"]:["http/1.1"],socket:Q,port:l,host:t});B.on("session",function(e){d.set(s,e)})}else{o(!Q,"httpSocket can only be sent on TLS update");l=l||80;B=s.connect({highWaterMark:64*1024,...E,localAddress:p,port:l,host:t})}if(E.keepAlive==null||E.keepAlive){const e=E.keepAliveInitialDelay===undefined?6e4:E.keepAliveInitialDelay;B.setKeepAlive(true,e)}const I=u(new WeakRef(B),{timeout:a,hostname:t,port:l});B.setNoDelay(true).once(i==="https:"?"secureConnect":"connect",function(){queueMicrotask(I);if(f){const e=f;f=null;e(null,this)}}).on("error",function(e){queueMicrotask(I);if(f){const t=f;f=null;t(e)}});return B}}const u=process.platform==="win32"?(e,t)=>{if(!t.timeout){return noop}let r=null;let s=null;const o=a.setFastTimeout(()=>{r=setImmediate(()=>{s=setImmediate(()=>onConnectTimeout(e.deref(),t))})},t.timeout);return()=>{a.clearFastTimeout(o);clearImmediate(r);clearImmediate(s)}}:(e,t)=>{if(!t.timeout){return noop}let r=null;const s=a.setFastTimeout(()=>{r=setImmediate(()=>{onConnectTimeout(e.deref(),t)})},t.timeout);return()=>{a.clearFastTimeout(s);clearImmediate(r)}};function onConnectTimeout(e,t){if(e==null){return}let r="Connect Timeout Error";if(Array.isArray(e.autoSelectFamilyAttemptedAddresses)){r+=` (attempted addresses: ${e.autoSelectFamilyAttemptedAddresses.join(", ")},`}else{r+=` (attempted address: ${t.hostname}:${t.port},`}r+=` timeout: ${t.timeout}ms)`;n.destroy(e,new i(r))}e.exports=buildConnector},2371:e=>{const t={};const r=["Accept","Accept-Encoding","Accept-Language","Accept-Ranges","Access-Control-Allow-Credentials","Access-Control-Allow-Headers","Access-Control-Allow-Methods","Access-Control-Allow-Origin","Access-Control-Expose-Headers","Access-Control-Max-Age","Access-Control-Request-Headers","Access-Control-Request-Method","Age","Allow","Alt-Svc","Alt-Used","Authorization","Cache-Control","Clear-Site-Data","Connection","Content-Disposition","Content-Encoding","Content-Language","Content-Length","Content-Location","Content-Range","Content-Security-Policy","Content-Security-Policy-Report-Only","Content-Type","Cookie","Cross-Origin-Embedder-Policy","Cross-Origin-Opener-Policy","Cross-Origin-Resource-Policy","Date","Device-Memory","Downlink","ECT","ETag","Expect","Expect-CT","Expires","Forwarded","From","Host","If-Match","If-Modified-Since","If-None-Match","If-Range","If-Unmodified-Since","Keep-Alive","Last-Modified","Link","Location","Max-Forwards","Origin","Permissions-Policy","Pragma","Proxy-Authenticate","Proxy-Authorization","RTT","Range","Referer","Referrer-Policy","Refresh","Retry-After","Sec-WebSocket-Accept","Sec-WebSocket-Extensions","Sec-WebSocket-Key","Sec-WebSocket-Protocol","Sec-WebSocket-Version","Server","Server-Timing","Service-Worker-Allowed","Service-Worker-Navigation-Preload","Set-Cookie","SourceMap","Strict-Transport-Security","Supports-Loading-Mode","TE","Timing-Allow-Origin","Trailer","Transfer-Encoding","Upgrade","Upgrade-Insecure-Requests","User-Agent","Vary","Via","WWW-Authenticate","X-Content-Type-Options","X-DNS-Prefetch-Control","X-Frame-Options","X-Permitted-Cross-Domain-Policies","X-Powered-By","X-Requested-With","X-XSS-Protection"];for(let e=0;e<r.length;++e){const s=r[e];const o=s.toLowerCase();t[s]=t[o]=o}Object.setPrototypeOf(t,null);e.exports={wellknownHeaderNames:r,headerNameLowerCasedRecord:t}},5458:(e,t,r)=>{const s=r(3053);const o=r(7975);const n=o.debuglog("undici");const A=o.debuglog("fetch");const i=o.debuglog("websocket");let a=false;const c={beforeConnect:s.channel("undici:client:beforeConnect"),connected:s.channel("undici:client:connected"),connectError:s.channel("undici:client:connectError"),sendHeaders:s.channel("undici:client:sendHeaders"),create:s.channel("undici:request:create"),bodySent:s.channel("undici:request:bodySent"),headers:s.channel("undici:request:headers"),trailers:s.channel("undici:request:trailers"),error:s.channel("undici:request:error"),open:s.channel("undici:websocket:open"),close:s.channel("undici:websocket:close"),socketError:s.channel("undici:websocket:socket_error"),ping:s.channel("undici:websocket:ping"),pong:s.channel("undici:websocket:pong")};if(n.enabled||A.enabled){const e=A.enabled?A:n;s.channel("undici:client:beforeConnect").subscribe(t=>{const{connectParams:{version:r,protocol:s,port:o,host:n}}=t;e("connecting to %s using %s%s",`${n}${o?`:${o}`:""}`,s,r)});s.channel("undici:client:connected").subscribe(t=>{const{connectParams:{version:r,protocol:s,port:o,host:n}}=t;e("connected to %s using %s%s",`${n}${o?`:${o}`:""}`,s,r)});s.channel("undici:client:connectError").subscribe(t=>{const{connectParams:{version:r,protocol:s,port:o,host:n},error:A}=t;e("connection to %s using %s%s errored - %s",`${n}${o?`:${o}`:""}`,s,r,A.message)});s.channel("undici:client:sendHeaders").subscribe(t=>{const{request:{method:r,path:s,origin:o}}=t;e("sending request to %s %s/%s",r,o,s)});s.channel("undici:request:headers").subscribe(t=>{const{request:{method:r,path:s,origin:o},response:{statusCode:n}}=t;e("received response to %s %s/%s - HTTP %d",r,o,s,n)});s.channel("undici:request:trailers").subscribe(t=>{const{request:{method:r,path:s,origin:o}}=t;e("trailers received from %s %s/%s",r,o,s)});s.channel("undici:request:error").subscribe(t=>{const{request:{method:r,path:s,origin:o},error:n}=t;e("request to %s %s/%s errored - %s",r,o,s,n.message)});a=true}if(i.enabled){if(!a){const e=n.enabled?n:i;s.channel("undici:client:beforeConnect").subscribe(t=>{const{connectParams:{version:r,protocol:s,port:o,host:n}}=t;e("connecting to %s%s using %s%s",n,o?`:${o}`:"",s,r)});s.channel("undici:client:connected").subscribe(t=>{const{connectParams:{version:r,protocol:s,port:o,host:n}}=t;e("connected to %s%s using %s%s",n,o?`:${o}`:"",s,r)});s.channel("undici:client:connectError").subscribe(t=>{const{connectParams:{version:r,protocol:s,port:o,host:n},error:A}=t;e("connection to %s%s using %s%s errored - %s",n,o?`:${o}`:"",s,r,A.message)});s.channel("undici:client:sendHeaders").subscribe(t=>{const{request:{method:r,path:s,origin:o}}=t;e("sending request to %s %s/%s",r,o,s)})}s.channel("undici:websocket:open").subscribe(e=>{const{address:{address:t,port:r}}=e;i("connection opened %s%s",t,r?`:${r}`:"")});s.channel("undici:websocket:close").subscribe(e=>{const{websocket:t,code:r,reason:s}=e;i("closed connection to %s - %s %s",t.url,r,s)});s.channel("undici:websocket:socket_error").subscribe(e=>{i("connection errored - %s",e.message)});s.channel("undici:websocket:ping").subscribe(e=>{i("ping received")});s.channel("undici:websocket:pong").subscribe(e=>{i("pong received")})}e.exports={channels:c}},3959:e=>{const t=Symbol.for("undici.error.UND_ERR");class UndiciError extends Error{constructor(e){super(e);this.name="UndiciError";this.code="UND_ERR"}static[Symbol.hasInstance](e){return e&&e[t]===true}[t]=true}const r=Symbol.for("undici.error.UND_ERR_CONNECT_TIMEOUT");class ConnectTimeoutError extends UndiciError{constructor(e){super(e);this.name="ConnectTimeoutError";this.message=e||"Connect Timeout Error";this.code="UND_ERR_CONNECT_TIMEOUT"}static[Symbol.hasInstance](e){return e&&e[r]===true}[r]=true}const s=Symbol.for("undici.error.UND_ERR_HEADERS_TIMEOUT");class HeadersTimeoutError extends UndiciError{constructor(e){super(e);this.name="HeadersTimeoutError";this.message=e||"Headers Timeout Error";this.code="UND_ERR_HEADERS_TIMEOUT"}static[Symbol.hasInstance](e){return e&&e[s]===true}[s]=true}const o=Symbol.for("undici.error.UND_ERR_HEADERS_OVERFLOW");class HeadersOverflowError extends UndiciError{constructor(e){super(e);this.name="HeadersOverflowError";this.message=e||"Headers Overflow Error";this.code="UND_ERR_HEADERS_OVERFLOW"}static[Symbol.hasInstance](e){return e&&e[o]===true}[o]=true}const n=Symbol.for("undici.error.UND_ERR_BODY_TIMEOUT");class BodyTimeoutError extends UndiciError{constructor(e){super(e);this.name="BodyTimeoutError";this.message=e||"Body Timeout Error";this.code="UND_ERR_BODY_TIMEOUT"}static[Symbol.hasInstance](e){return e&&e[n]===true}[n]=true}const A=Symbol.for("undici.error.UND_ERR_RESPONSE_STATUS_CODE");class ResponseStatusCodeError extends UndiciError{constructor(e,t,r,s){super(e);this.name="ResponseStatusCodeError";this.message=e||"Response Status Code Error";this.code="UND_ERR_RESPONSE_STATUS_CODE";this.body=s;this.status=t;this.statusCode=t;this.headers=r}static[Symbol.hasInstance](e){return e&&e[A]===true}[A]=true}const i=Symbol.for("undici.error.UND_ERR_INVALID_ARG");class InvalidArgumentError extends UndiciError{constructor(e){super(e);this.name="InvalidArgumentError";this.message=e||"Invalid Argument Error";this.code="UND_ERR_INVALID_ARG"}static[Symbol.hasInstance](e){return e&&e[i]===true}[i]=true}const a=Symbol.for("undici.error.UND_ERR_INVALID_RETURN_VALUE");class InvalidReturnValueError extends UndiciError{constructor(e){super(e);this.name="InvalidReturnValueError";this.message=e||"Invalid Return Value Error";this.code="UND_ERR_INVALID_RETURN_VALUE"}static[Symbol.hasInstance](e){return e&&e[a]===true}[a]=true}const c=Symbol.for("undici.error.UND_ERR_ABORT");class AbortError extends UndiciError{constructor(e){super(e);this.name="AbortError";this.message=e||"The operation was aborted";this.code="UND_ERR_ABORT"}static[Symbol.hasInstance](e){return e&&e[c]===true}[c]=true}const l=Symbol.for("undici.error.UND_ERR_ABORTED");class RequestAbortedError extends AbortError{constructor(e){super(e);this.name="AbortError";this.message=e||"Request aborted";this.code="UND_ERR_ABORTED"}static[Symbol.hasInstance](e){return e&&e[l]===true}[l]=true}const u=Symbol.for("undici.error.UND_ERR_INFO");class InformationalError extends UndiciError{constructor(e){super(e);this.name="InformationalError";this.message=e||"Request information";this.code="UND_ERR_INFO"}static[Symbol.hasInstance](e){return e&&e[u]===true}[u]=true}const g=Symbol.for("undici.error.UND_ERR_REQ_CONTENT_LENGTH_MISMATCH");class RequestContentLengthMismatchError extends UndiciError{constructor(e){super(e);this.name="RequestContentLengthMismatchError";this.message=e||"Request body length does not match content-length header";this.code="UND_ERR_REQ_CONTENT_LENGTH_MISMATCH"}static[Symbol.hasInstance](e){return e&&e[g]===true}[g]=true}const h=Symbol.for("undici.error.UND_ERR_RES_CONTENT_LENGTH_MISMATCH");class ResponseContentLengthMismatchError extends UndiciError{constructor(e){super(e);this.name="ResponseContentLengthMismatchError";this.message=e||"Response body length does not match content-length header";this.code="UND_ERR_RES_CONTENT_LENGTH_MISMATCH"}static[Symbol.hasInstance](e){return e&&e[h]===true}[h]=true}const E=Symbol.for("undici.error.UND_ERR_DESTROYED");class ClientDestroyedError extends UndiciError{constructor(e){super(e);this.name="ClientDestroyedError";this.message=e||"The client is destroyed";this.code="UND_ERR_DESTROYED"}static[Symbol.hasInstance](e){return e&&e[E]===true}[E]=true}const d=Symbol.for("undici.error.UND_ERR_CLOSED");class ClientClosedError extends UndiciError{constructor(e){super(e);this.name="ClientClosedError";this.message=e||"The client is closed";this.code="UND_ERR_CLOSED"}static[Symbol.hasInstance](e){return e&&e[d]===true}[d]=true}const p=Symbol.for("undici.error.UND_ERR_SOCKET");class SocketError extends UndiciError{constructor(e,t){super(e);this.name="SocketError";this.message=e||"Socket error";this.code="UND_ERR_SOCKET";this.socket=t}static[Symbol.hasInstance](e){return e&&e[p]===true}[p]=true}const Q=Symbol.for("undici.error.UND_ERR_NOT_SUPPORTED");class NotSupportedError extends UndiciError{constructor(e){super(e);this.name="NotSupportedError";this.message=e||"Not supported error";this.code="UND_ERR_NOT_SUPPORTED"}static[Symbol.hasInstance](e){return e&&e[Q]===true}[Q]=true}const f=Symbol.for("undici.error.UND_ERR_BPL_MISSING_UPSTREAM");class BalancedPoolMissingUpstreamError extends UndiciError{constructor(e){super(e);this.name="MissingUpstreamError";this.message=e||"No upstream has been added to the BalancedPool";this.code="UND_ERR_BPL_MISSING_UPSTREAM"}static[Symbol.hasInstance](e){return e&&e[f]===true}[f]=true}const B=Symbol.for("undici.error.UND_ERR_HTTP_PARSER");class HTTPParserError extends Error{constructor(e,t,r){super(e);this.name="HTTPParserError";this.code=t?`HPE_${t}`:undefined;this.data=r?r.toString():undefined}static[Symbol.hasInstance](e){return e&&e[B]===true}[B]=true}const I=Symbol.for("undici.error.UND_ERR_RES_EXCEEDED_MAX_SIZE");class ResponseExceededMaxSizeError extends UndiciError{constructor(e){super(e);this.name="ResponseExceededMaxSizeError";this.message=e||"Response content exceeded max size";this.code="UND_ERR_RES_EXCEEDED_MAX_SIZE"}static[Symbol.hasInstance](e){return e&&e[I]===true}[I]=true}const m=Symbol.for("undici.error.UND_ERR_REQ_RETRY");class RequestRetryError extends UndiciError{constructor(e,t,{headers:r,data:s}){super(e);this.name="RequestRetryError";this.message=e||"Request retry error";this.code="UND_ERR_REQ_RETRY";this.statusCode=t;this.data=s;this.headers=r}static[Symbol.hasInstance](e){return e&&e[m]===true}[m]=true}const w=Symbol.for("undici.error.UND_ERR_RESPONSE");class ResponseError extends UndiciError{constructor(e,t,{headers:r,data:s}){super(e);this.name="ResponseError";this.message=e||"Response error";this.code="UND_ERR_RESPONSE";this.statusCode=t;this.data=s;this.headers=r}static[Symbol.hasInstance](e){return e&&e[w]===true}[w]=true}const y=Symbol.for("undici.error.UND_ERR_PRX_TLS");class SecureProxyConnectionError extends UndiciError{constructor(e,t,r){super(t,{cause:e,...r??{}});this.name="SecureProxyConnectionError";this.message=t||"Secure Proxy Connection failed";this.code="UND_ERR_PRX_TLS";this.cause=e}static[Symbol.hasInstance](e){return e&&e[y]===true}[y]=true}const b=Symbol.for("undici.error.UND_ERR_WS_MESSAGE_SIZE_EXCEEDED");class MessageSizeExceededError extends UndiciError{constructor(e){super(e);this.name="MessageSizeExceededError";this.message=e||"Max decompressed message size exceeded";this.code="UND_ERR_WS_MESSAGE_SIZE_EXCEEDED"}static[Symbol.hasInstance](e){return e&&e[b]===true}get[b](){return true}}e.exports={AbortError:AbortError,HTTPParserError:HTTPParserError,UndiciError:UndiciError,HeadersTimeoutError:HeadersTimeoutError,HeadersOverflowError:HeadersOverflowError,BodyTimeoutError:BodyTimeoutError,RequestContentLengthMismatchError:RequestContentLengthMismatchError,ConnectTimeoutError:ConnectTimeoutError,ResponseStatusCodeError:ResponseStatusCodeError,InvalidArgumentError:InvalidArgumentError,InvalidReturnValueError:InvalidReturnValueError,RequestAbortedError:RequestAbortedError,ClientDestroyedError:ClientDestroyedError,ClientClosedError:ClientClosedError,InformationalError:InformationalError,SocketError:SocketError,NotSupportedError:NotSupportedError,ResponseContentLengthMismatchError:ResponseContentLengthMismatchError,BalancedPoolMissingUpstreamError:BalancedPoolMissingUpstreamError,ResponseExceededMaxSizeError:ResponseExceededMaxSizeError,RequestRetryError:RequestRetryError,ResponseError:ResponseError,SecureProxyConnectionError:SecureProxyConnectionError,MessageSizeExceededError:MessageSizeExceededError}},9691:(e,t,r)=>{const{InvalidArgumentError:s,NotSupportedError:o}=r(3959);const n=r(4589);const{isValidHTTPToken:A,isValidHeaderValue:i,isStream:a,destroy:c,isBuffer:l,isFormDataLike:u,isIterable:g,isBlobLike:h,buildURL:E,validateHandler:d,getServerName:p,normalizedMethodRecords:Q}=r(9500);const{channels:f}=r(5458);const{headerNameLowerCasedRecord:B}=r(2371);const I=/[^\u0021-\u00ff]/;const m=Symbol("handler");class Request{constructor(e,{path:t,method:r,body:o,headers:n,query:B,idempotent:w,blocking:y,upgrade:b,headersTimeout:k,bodyTimeout:R,reset:D,throwOnError:T,expectContinue:S,servername:F},v){if(typeof t!=="string"){throw new s("path must be a string")}else if(t[0]!=="/"&&!(t.startsWith("http://")||t.startsWith("https://"))&&r!=="CONNECT"){throw new s("path must be an absolute URL or start with a slash")}else if(I.test(t)){throw new s("invalid request path")}if(typeof r!=="string"){throw new s("method must be a string")}else if(Q[r]===undefined&&!A(r)){throw new s("invalid request method")}if(b&&typeof b!=="string"){throw new s("upgrade must be a string")}if(b&&!i(b)){throw new s("invalid upgrade header")}if(k!=null&&(!Number.isFinite(k)||k<0)){throw new s("invalid headersTimeout")}if(R!=null&&(!Number.isFinite(R)||R<0)){throw new s("invalid bodyTimeout")}if(D!=null&&typeof D!=="boolean"){throw new s("invalid reset")}if(S!=null&&typeof S!=="boolean"){throw new s("invalid expectContinue")}this.headersTimeout=k;this.bodyTimeout=R;this.throwOnError=T===true;this.method=r;this.abort=null;if(o==null){this.body=null}else if(a(o)){this.body=o;const e=this.body._readableState;if(!e||!e.autoDestroy){this.endHandler=function autoDestroy(){c(this)};this.body.on("end",this.endHandler)}this.errorHandler=e=>{if(this.abort){this.abort(e)}else{this.error=e}};this.body.on("error",this.errorHandler)}else if(l(o)){this.body=o.byteLength?o:null}else if(ArrayBuffer.isView(o)){this.body=o.buffer.byteLength?Buffer.from(o.buffer,o.byteOffset,o.byteLength):null}else if(o instanceof ArrayBuffer){this.body=o.byteLength?Buffer.from(o):null}else if(typeof o==="string"){this.body=o.length?Buffer.from(o):null}else if(u(o)||g(o)||h(o)){this.body=o}else{throw new s("body must be a string, a Buffer, a Readable stream, an iterable, or an async iterable")}this.completed=false;this.aborted=false;this.upgrade=b||null;this.path=B?E(t,B):t;this.origin=e;this.idempotent=w==null?r==="HEAD"||r==="GET":w;this.blocking=y==null?false:y;this.reset=D==null?null:D;this.host=null;this.contentLength=null;this.contentType=null;this.headers=[];this.expectContinue=S!=null?S:false;if(Array.isArray(n)){if(n.length%2!==0){throw new s("headers array must be even")}for(let e=0;e<n.length;e+=2){processHeader(this,n[e],n[e+1])}}else if(n&&typeof n==="object"){if(n[Symbol.iterator]){for(const e of n){if(!Array.isArray(e)||e.length!==2){throw new s("headers must be in key-value pair format")}processHeader(this,e[0],e[1])}}else{const e=Object.keys(n);for(let t=0;t<e.length;++t){processHeader(this,e[t],n[e[t]])}}}else if(n!=null){throw new s("headers must be an object or an array")}d(v,r,b);this.servername=F||p(this.host);this[m]=v;if(f.create.hasSubscribers){f.create.publish({request:this})}}onBodySent(e){if(this[m].onBodySent){try{return this[m].onBodySent(e)}catch(e){this.abort(e)}}}onRequestSent(){if(f.bodySent.hasSubscribers){f.bodySent.publish({request:this})}if(this[m].onRequestSent){try{return this[m].onRequestSent()}catch(e){this.abort(e)}}}onConnect(e){n(!this.aborted);n(!this.completed);if(this.error){e(this.error)}else{this.abort=e;return this[m].onConnect(e)}}onResponseStarted(){return this[m].onResponseStarted?.()}onHeaders(e,t,r,s){n(!this.aborted);n(!this.completed);if(f.headers.hasSubscribers){f.headers.publish({request:this,response:{statusCode:e,headers:t,statusText:s}})}try{return this[m].onHeaders(e,t,r,s)}catch(e){this.abort(e)}}onData(e){n(!this.aborted);n(!this.completed);try{return this[m].onData(e)}catch(e){this.abort(e);return false}}onUpgrade(e,t,r,s=""){this.onFinally();n(!this.aborted);n(!this.completed);if(e!==null){this.#e(e,t,s)}const o=this[m].onUpgrade(e,t,r);if(!this.aborted){this.completed=true;if(e!==null){this.#t()}}return o}onUpgradeResponse(e,t,r,s=""){n(!this.aborted);n(this.completed);if(f.headers.hasSubscribers){this.#e(e,r(t),s)}this.#t()}onUpgradeError(e){n(!this.aborted);n(this.completed);if(f.error.hasSubscribers){f.error.publish({request:this,error:e})}}#e(e,t,r){if(f.headers.hasSubscribers){f.headers.publish({request:this,response:{statusCode:e,headers:t,statusText:r}})}}#t(){if(f.trailers.hasSubscribers){f.trailers.publish({request:this,trailers:[]})}}onComplete(e){this.onFinally();n(!this.aborted);this.completed=true;if(f.trailers.hasSubscribers){f.trailers.publish({request:this,trailers:e})}try{return this[m].onComplete(e)}catch(e){this.onError(e)}}onError(e){this.onFinally();if(f.error.hasSubscribers){f.error.publish({request:this,error:e})}if(this.aborted){return}this.aborted=true;return this[m].onError(e)}onFinally(){if(this.errorHandler){this.body.off("error",this.errorHandler);this.errorHandler=null}if(this.endHandler){this.body.off("end",this.endHandler);this.endHandler=null}}addHeader(e,t){processHeader(this,e,t);return this}}function processHeader(e,t,r){if(r&&(typeof r==="object"&&!Array.isArray(r))){throw new s(`invalid ${t} header`)}else if(r===undefined){return}let n=B[t];if(n===undefined){n=t.toLowerCase();if(B[n]===undefined&&!A(n)){throw new s("invalid header key")}}if(Array.isArray(r)){const e=[];for(let o=0;o<r.length;o++){if(typeof r[o]==="string"){if(!i(r[o])){throw new s(`invalid ${t} header`)}e.push(r[o])}else if(r[o]===null){e.push("")}else if(typeof r[o]==="object"){throw new s(`invalid ${t} header`)}else{const n=`${r[o]}`;if(!i(n)){throw new s(`invalid ${t} header`)}e.push(n)}}r=e}else if(typeof r==="string"){if(!i(r)){throw new s(`invalid ${t} header`)}}else if(r===null){r=""}else{r=`${r}`;if(!i(r)){throw new s(`invalid ${t} header`)}}if(n==="host"){if(e.host!==null){throw new s("duplicate host header")}if(typeof r!=="string"){throw new s("invalid host header")}e.host=r}else if(n==="content-length"){if(e.contentLength!==null){throw new s("duplicate content-length header")}e.contentLength=parseInt(r,10);if(!Number.isFinite(e.contentLength)){throw new s("invalid content-length header")}}else if(e.contentType===null&&n==="content-type"){e.contentType=r;e.headers.push(t,r)}else if(n==="transfer-encoding"||n==="keep-alive"||n==="upgrade"){throw new s(`invalid ${n} header`)}else if(n==="connection"){const t=typeof r==="string"?r.toLowerCase():null;if(t!=="close"&&t!=="keep-alive"){throw new s("invalid connection header")}if(t==="close"){e.reset=true}}else if(n==="expect"){throw new o("expect header not supported")}else{e.headers.push(t,r)}}e.exports=Request},8031:e=>{e.exports={kClose:Symbol("close"),kDestroy:Symbol("destroy"),kDispatch:Symbol("dispatch"),kUrl:Symbol("url"),kWriting:Symbol("writing"),kResuming:Symbol("resuming"),kQueue:Symbol("queue"),kConnect:Symbol("connect"),kConnecting:Symbol("connecting"),kKeepAliveDefaultTimeout:Symbol("default keep alive timeout"),kKeepAliveMaxTimeout:Symbol("max keep alive timeout"),kKeepAliveTimeoutThreshold:Symbol("keep alive timeout threshold"),kKeepAliveTimeoutValue:Symbol("keep alive timeout"),kKeepAlive:Symbol("keep alive"),kHeadersTimeout:Symbol("headers timeout"),kBodyTimeout:Symbol("body timeout"),kServerName:Symbol("server name"),kLocalAddress:Symbol("local address"),kHost:Symbol("host"),kNoRef:Symbol("no ref"),kBodyUsed:Symbol("used"),kBody:Symbol("abstracted request body"),kRunning:Symbol("running"),kBlocking:Symbol("blocking"),kPending:Symbol("pending"),kSize:Symbol("size"),kBusy:Symbol("busy"),kQueued:Symbol("queued"),kFree:Symbol("free"),kConnected:Symbol("connected"),kClosed:Symbol("closed"),kNeedDrain:Symbol("need drain"),kReset:Symbol("reset"),kDestroyed:Symbol.for("nodejs.stream.destroyed"),kResume:Symbol("resume"),kOnError:Symbol("on error"),kMaxHeadersSize:Symbol("max headers size"),kRunningIdx:Symbol("running index"),kPendingIdx:Symbol("pending index"),kError:Symbol("error"),kClients:Symbol("clients"),kClient:Symbol("client"),kParser:Symbol("parser"),kOnDestroyed:Symbol("destroy callbacks"),kPipelining:Symbol("pipelining"),kSocket:Symbol("socket"),kHostHeader:Symbol("host header"),kConnector:Symbol("connector"),kStrictContentLength:Symbol("strict content length"),kMaxRedirections:Symbol("maxRedirections"),kMaxRequests:Symbol("maxRequestsPerClient"),kProxy:Symbol("proxy agent options"),kCounter:Symbol("socket request counter"),kInterceptors:Symbol("dispatch interceptors"),kMaxResponseSize:Symbol("max response size"),kHTTP2Session:Symbol("http2Session"),kHTTP2SessionState:Symbol("http2Session state"),kRetryHandlerDefaultRetry:Symbol("retry agent default retry"),kConstruct:Symbol("constructable"),kListeners:Symbol("listeners"),kHTTPContext:Symbol("http context"),kMaxConcurrentStreams:Symbol("max concurrent streams"),kNoProxyAgent:Symbol("no proxy agent"),kHttpProxyAgent:Symbol("http proxy agent"),kHttpsProxyAgent:Symbol("https proxy agent")}},6868:(e,t,r)=>{const{wellknownHeaderNames:s,headerNameLowerCasedRecord:o}=r(2371);class TstNode{value=null;left=null;middle=null;right=null;code;constructor(e,t,r){if(r===undefined||r>=e.length){throw new TypeError("Unreachable")}const s=this.code=e.charCodeAt(r);if(s>127){throw new TypeError("key must be ascii string")}if(e.length!==++r){this.middle=new TstNode(e,t,r)}else{this.value=t}}add(e,t){const r=e.length;if(r===0){throw new TypeError("Unreachable")}let s=0;let o=this;while(true){const n=e.charCodeAt(s);if(n>127){throw new TypeError("key must be ascii string")}if(o.code===n){if(r===++s){o.value=t;break}else if(o.middle!==null){o=o.middle}else{o.middle=new TstNode(e,t,s);break}}else if(o.code<n){if(o.left!==null){o=o.left}else{o.left=new TstNode(e,t,s);break}}else if(o.right!==null){o=o.right}else{o.right=new TstNode(e,t,s);break}}}search(e){const t=e.length;let r=0;let s=this;while(s!==null&&r<t){let o=e[r];if(o<=90&&o>=65){o|=32}while(s!==null){if(o===s.code){if(t===++r){return s}s=s.middle;break}s=s.code<o?s.left:s.right}}return null}}class TernarySearchTree{node=null;insert(e,t){if(this.node===null){this.node=new TstNode(e,t,0)}else{this.node.add(e,t)}}lookup(e){return this.node?.search(e)?.value??null}}const n=new TernarySearchTree;for(let e=0;e<s.length;++e){const t=o[s[e]];n.insert(t,t)}e.exports={TernarySearchTree:TernarySearchTree,tree:n}},9500:(e,t,r)=>{const s=r(4589);const{kDestroyed:o,kBodyUsed:n,kListeners:A,kBody:i}=r(8031);const{IncomingMessage:a}=r(7067);const c=r(7075);const l=r(7030);const{Blob:u}=r(4573);const g=r(7975);const{stringify:h}=r(1792);const{EventEmitter:E}=r(8474);const{InvalidArgumentError:d}=r(3959);const{headerNameLowerCasedRecord:p}=r(2371);const{tree:Q}=r(6868);const[f,B]=process.versions.node.split(".").map(e=>Number(e));class BodyAsyncIterable{constructor(e){this[i]=e;this[n]=false}async*[Symbol.asyncIterator](){s(!this[n],"disturbed");this[n]=true;yield*this[i]}}function wrapRequestBody(e){if(isStream(e)){if(bodyLength(e)===0){e.on("data",function(){s(false)})}if(typeof e.readableDidRead!=="boolean"){e[n]=false;E.prototype.on.call(e,"data",function(){this[n]=true})}return e}else if(e&&typeof e.pipeTo==="function"){return new BodyAsyncIterable(e)}else if(e&&typeof e!=="string"&&!ArrayBuffer.isView(e)&&isIterable(e)){return new BodyAsyncIterable(e)}else{return e}}function nop(){}function isStream(e){return e&&typeof e==="object"&&typeof e.pipe==="function"&&typeof e.on==="function"}function isBlobLike(e){if(e===null){return false}else if(e instanceof u){return true}else if(typeof e!=="object"){return false}else{const t=e[Symbol.toStringTag];return(t==="Blob"||t==="File")&&("stream"in e&&typeof e.stream==="function"||"arrayBuffer"in e&&typeof e.arrayBuffer==="function")}}function buildURL(e,t){if(e.includes("?")||e.includes("#")){throw new Error('Query params cannot be passed when url already contains "?" or "#".')}const r=h(t);if(r){e+="?"+r}return e}function isValidPort(e){const t=parseInt(e,10);return t===Number(e)&&t>=0&&t<=65535}function isHttpOrHttpsPrefixed(e){return e!=null&&e[0]==="h"&&e[1]==="t"&&e[2]==="t"&&e[3]==="p"&&(e[4]===":"||e[4]==="s"&&e[5]===":")}function parseURL(e){if(typeof e==="string"){e=new URL(e);if(!isHttpOrHttpsPrefixed(e.origin||e.protocol)){throw new d("Invalid URL protocol: the URL must start with `http:` or `https:`.")}return e}if(!e||typeof e!=="object"){throw new d("Invalid URL: The URL argument must be a non-null object.")}if(!(e instanceof URL)){if(e.port!=null&&e.port!==""&&isValidPort(e.port)===false){throw new d("Invalid URL: port must be a valid integer or a string representation of an integer.")}if(e.path!=null&&typeof e.path!=="string"){throw new d("Invalid URL path: the path must be a string or null/undefined.")}if(e.pathname!=null&&typeof e.pathname!=="string"){throw new d("Invalid URL pathname: the pathname must be a string or null/undefined.")}if(e.hostname!=null&&typeof e.hostname!=="string"){throw new d("Invalid URL hostname: the hostname must be a string or null/undefined.")}if(e.origin!=null&&typeof e.origin!=="string"){throw new d("Invalid URL origin: the origin must be a string or null/undefined.")}if(!isHttpOrHttpsPrefixed(e.origin||e.protocol)){throw new d("Invalid URL protocol: the URL must start with `http:` or `https:`.")}const t=e.port!=null?e.port:e.protocol==="https:"?443:80;let r=e.origin!=null?e.origin:`${e.protocol||""}//${e.hostname||""}:${t}`;let s=e.path!=null?e.path:`${e.pathname||""}${e.search||""}`;if(r[r.length-1]==="/"){r=r.slice(0,r.length-1)}if(s&&s[0]!=="/"){s=`/${s}`}return new URL(`${r}${s}`)}if(!isHttpOrHttpsPrefixed(e.origin||e.protocol)){throw new d("Invalid URL protocol: the URL must start with `http:` or `https:`.")}return e}function parseOrigin(e){e=parseURL(e);if(e.pathname!=="/"||e.search||e.hash){throw new d("invalid url")}return e}function getHostname(e){if(e[0]==="["){const t=e.indexOf("]");s(t!==-1);return e.substring(1,t)}const t=e.indexOf(":");if(t===-1)return e;return e.substring(0,t)}function getServerName(e){if(!e){return null}s(typeof e==="string");const t=getHostname(e);if(l.isIP(t)){return""}return t}function deepClone(e){return JSON.parse(JSON.stringify(e))}function isAsyncIterable(e){return!!(e!=null&&typeof e[Symbol.asyncIterator]==="function")}function isIterable(e){return!!(e!=null&&(typeof e[Symbol.iterator]==="function"||typeof e[Symbol.asyncIterator]==="function"))}function bodyLength(e){if(e==null){return 0}else if(isStream(e)){const t=e._readableState;return t&&t.objectMode===false&&t.ended===true&&Number.isFinite(t.length)?t.length:null}else if(isBlobLike(e)){return e.size!=null?e.size:null}else if(isBuffer(e)){return e.byteLength}return null}function isDestroyed(e){return e&&!!(e.destroyed||e[o]||c.isDestroyed?.(e))}function destroy(e,t){if(e==null||!isStream(e)||isDestroyed(e)){return}if(typeof e.destroy==="function"){if(Object.getPrototypeOf(e).constructor===a){e.socket=null}e.destroy(t)}else if(t){queueMicrotask(()=>{e.emit("error",t)})}if(e.destroyed!==true){e[o]=true}}const I=/timeout=(\d+)/;function parseKeepAliveTimeout(e){const t=e.toString().match(I);return t?parseInt(t[1],10)*1e3:null}function headerNameToString(e){return typeof e==="string"?p[e]??e.toLowerCase():Q.lookup(e)??e.toString("latin1").toLowerCase()}function bufferToLowerCasedHeaderName(e){return Q.lookup(e)??e.toString("latin1").toLowerCase()}function parseHeaders(e,t){if(t===undefined)t={};for(let r=0;r<e.length;r+=2){const s=headerNameToString(e[r]);let o=t[s];if(o){if(typeof o==="string"){o=[o];t[s]=o}o.push(e[r+1].toString("utf8"))}else{const o=e[r+1];if(typeof o==="string"){t[s]=o}else{t[s]=Array.isArray(o)?o.map(e=>e.toString("utf8")):o.toString("utf8")}}}if("content-length"in t&&"content-disposition"in t){t["content-disposition"]=Buffer.from(t["content-disposition"]).toString("latin1")}return t}function parseRawHeaders(e){const t=e.length;const r=new Array(t);let s=false;let o=-1;let n;let A;let i=0;for(let t=0;t<e.length;t+=2){n=e[t];A=e[t+1];typeof n!=="string"&&(n=n.toString());typeof A!=="string"&&(A=A.toString("utf8"));i=n.length;if(i===14&&n[7]==="-"&&(n==="content-length"||n.toLowerCase()==="content-length")){s=true}else if(i===19&&n[7]==="-"&&(n==="content-disposition"||n.toLowerCase()==="content-disposition")){o=t+1}r[t]=n;r[t+1]=A}if(s&&o!==-1){r[o]=Buffer.from(r[o]).toString("latin1")}return r}function isBuffer(e){return e instanceof Uint8Array||Buffer.isBuffer(e)}function validateHandler(e,t,r){if(!e||typeof e!=="object"){throw new d("handler must be an object")}if(typeof e.onConnect!=="function"){throw new d("invalid onConnect method")}if(typeof e.onError!=="function"){throw new d("invalid onError method")}if(typeof e.onBodySent!=="function"&&e.onBodySent!==undefined){throw new d("invalid onBodySent method")}if(r||t==="CONNECT"){if(typeof e.onUpgrade!=="function"){throw new d("invalid onUpgrade method")}}else{if(typeof e.onHeaders!=="function"){throw new d("invalid onHeaders method")}if(typeof e.onData!=="function"){throw new d("invalid onData method")}if(typeof e.onComplete!=="function"){throw new d("invalid onComplete method")}}}function isDisturbed(e){return!!(e&&(c.isDisturbed(e)||e[n]))}function isErrored(e){return!!(e&&c.isErrored(e))}function isReadable(e){return!!(e&&c.isReadable(e))}function getSocketInfo(e){return{localAddress:e.localAddress,localPort:e.localPort,remoteAddress:e.remoteAddress,remotePort:e.remotePort,remoteFamily:e.remoteFamily,timeout:e.timeout,bytesWritten:e.bytesWritten,bytesRead:e.bytesRead}}function ReadableStreamFrom(e){let t;return new ReadableStream({async start(){t=e[Symbol.asyncIterator]()},async pull(e){const{done:r,value:s}=await t.next();if(r){queueMicrotask(()=>{e.close();e.byobRequest?.respond(0)})}else{const t=Buffer.isBuffer(s)?s:Buffer.from(s);if(t.byteLength){e.enqueue(new Uint8Array(t))}}return e.desiredSize>0},async cancel(e){await t.return()},type:"bytes"})}function isFormDataLike(e){return e&&typeof e==="object"&&typeof e.append==="function"&&typeof e.delete==="function"&&typeof e.get==="function"&&typeof e.getAll==="function"&&typeof e.has==="function"&&typeof e.set==="function"&&e[Symbol.toStringTag]==="FormData"}function addAbortListener(e,t){if("addEventListener"in e){e.addEventListener("abort",t,{once:true});return()=>e.removeEventListener("abort",t)}e.addListener("abort",t);return()=>e.removeListener("abort",t)}const m=typeof String.prototype.toWellFormed==="function";const w=typeof String.prototype.isWellFormed==="function";function toUSVString(e){return m?`${e}`.toWellFormed():g.toUSVString(e)}function isUSVString(e){return w?`${e}`.isWellFormed():toUSVString(e)===`${e}`}function isTokenCharCode(e){switch(e){case 34:case 40:case 41:case 44:case 47:case 58:case 59:case 60:case 61:case 62:case 63:case 64:case 91:case 92:case 93:case 123:case 125:return false;default:return e>=33&&e<=126}}function isValidHTTPToken(e){if(e.length===0){return false}for(let t=0;t<e.length;++t){if(!isTokenCharCode(e.charCodeAt(t))){return false}}return true}const y=/[^\t\x20-\x7e\x80-\xff]/;function isValidHeaderValue(e){return!y.test(e)}function parseRangeHeader(e){if(e==null||e==="")return{start:0,end:null,size:null};const t=e?e.match(/^bytes (\d+)-(\d+)\/(\d+)?$/):null;return t?{start:parseInt(t[1]),end:t[2]?parseInt(t[2]):null,size:t[3]?parseInt(t[3]):null}:null}function addListener(e,t,r){const s=e[A]??=[];s.push([t,r]);e.on(t,r);return e}function removeAllListeners(e){for(const[t,r]of e[A]??[]){e.removeListener(t,r)}e[A]=null}function errorRequest(e,t,r){try{t.onError(r);s(t.aborted)}catch(r){e.emit("error",r)}}const b=Object.create(null);b.enumerable=true;const k={delete:"DELETE",DELETE:"DELETE",get:"GET",GET:"GET",head:"HEAD",HEAD:"HEAD",options:"OPTIONS",OPTIONS:"OPTIONS",post:"POST",POST:"POST",put:"PUT",PUT:"PUT"};const R={...k,patch:"patch",PATCH:"PATCH"};Object.setPrototypeOf(k,null);Object.setPrototypeOf(R,null);e.exports={kEnumerableProperty:b,nop:nop,isDisturbed:isDisturbed,isErrored:isErrored,isReadable:isReadable,toUSVString:toUSVString,isUSVString:isUSVString,isBlobLike:isBlobLike,parseOrigin:parseOrigin,parseURL:parseURL,getServerName:getServerName,isStream:isStream,isIterable:isIterable,isAsyncIterable:isAsyncIterable,isDestroyed:isDestroyed,headerNameToString:headerNameToString,bufferToLowerCasedHeaderName:bufferToLowerCasedHeaderName,addListener:addListener,removeAllListeners:removeAllListeners,errorRequest:errorRequest,parseRawHeaders:parseRawHeaders,parseHeaders:parseHeaders,parseKeepAliveTimeout:parseKeepAliveTimeout,destroy:destroy,bodyLength:bodyLength,deepClone:deepClone,ReadableStreamFrom:ReadableStreamFrom,isBuffer:isBuffer,validateHandler:validateHandler,getSocketInfo:getSocketInfo,isFormDataLike:isFormDataLike,buildURL:buildURL,addAbortListener:addAbortListener,isValidHTTPToken:isValidHTTPToken,isValidHeaderValue:isValidHeaderValue,isTokenCharCode:isTokenCharCode,parseRangeHeader:parseRangeHeader,normalizedMethodRecordsBase:k,normalizedMethodRecords:R,isValidPort:isValidPort,isHttpOrHttpsPrefixed:isHttpOrHttpsPrefixed,nodeMajor:f,nodeMinor:B,safeHTTPMethods:["GET","HEAD","OPTIONS","TRACE"],wrapRequestBody:wrapRequestBody}},1745:(e,t,r)=>{const{InvalidArgumentError:s}=r(3959);const{kClients:o,kRunning:n,kClose:A,kDestroy:i,kDispatch:a,kInterceptors:c}=r(8031);const l=r(1517);const u=r(5928);const g=r(1313);const h=r(9500);const E=r(1576);const d=Symbol("onConnect");const p=Symbol("onDisconnect");const Q=Symbol("onConnectionError");const f=Symbol("maxRedirections");const B=Symbol("onDrain");const I=Symbol("factory");const m=Symbol("options");function defaultFactory(e,t){return t&&t.connections===1?new g(e,t):new u(e,t)}class Agent extends l{constructor({factory:e=defaultFactory,maxRedirections:t=0,connect:r,tls:n,...A}={}){if(typeof e!=="function"){throw new s("factory must be a function.")}if(r!=null&&typeof r!=="function"&&typeof r!=="object"){throw new s("connect must be a function or an object")}if(!Number.isInteger(t)||t<0){throw new s("maxRedirections must be a positive number")}super(A);if(r&&typeof r!=="function"){r={...r}}if(n&&typeof n!=="function"){n={...n}}this[c]=A.interceptors?.Agent&&Array.isArray(A.interceptors.Agent)?A.interceptors.Agent:[E({maxRedirections:t})];this[m]={...h.deepClone(A),connect:r,tls:n};this[m].interceptors=A.interceptors?{...A.interceptors}:undefined;this[f]=t;this[I]=e;this[o]=new Map;this[B]=(e,t)=>{this.emit("drain",e,[this,...t])};this[d]=(e,t)=>{this.emit("connect",e,[this,...t])};this[p]=(e,t,r)=>{this.emit("disconnect",e,[this,...t],r)};this[Q]=(e,t,r)=>{this.emit("connectionError",e,[this,...t],r)}}get[n](){let e=0;for(const t of this[o].values()){e+=t[n]}return e}[a](e,t){let r;if(e.origin&&(typeof e.origin==="string"||e.origin instanceof URL)){r=String(e.origin)}else{throw new s("opts.origin must be a non-empty string or URL.")}let n=this[o].get(r);if(!n){n=this[I](e.origin,this[m]).on("drain",this[B]).on("connect",this[d]).on("disconnect",this[p]).on("connectionError",this[Q]);this[o].set(r,n)}return n.dispatch(e,t)}async[A](){const e=[];for(const t of this[o].values()){e.push(t.close())}this[o].clear();await Promise.all(e)}async[i](e){const t=[];for(const r of this[o].values()){t.push(r.destroy(e))}this[o].clear();await Promise.all(t)}}e.exports=Agent},6681:(e,t,r)=>{const{BalancedPoolMissingUpstreamError:s,InvalidArgumentError:o}=r(3959);const{PoolBase:n,kClients:A,kNeedDrain:i,kAddClient:a,kRemoveClient:c,kGetDispatcher:l}=r(7292);const u=r(5928);const{kUrl:g,kInterceptors:h}=r(8031);const{parseOrigin:E}=r(9500);const d=Symbol("factory");const p=Symbol("options");const Q=Symbol("kGreatestCommonDivisor");const f=Symbol("kCurrentWeight");const B=Symbol("kIndex");const I=Symbol("kWeight");const m=Symbol("kMaxWeightPerServer");const w=Symbol("kErrorPenalty");function getGreatestCommonDivisor(e,t){if(e===0)return t;while(t!==0){const r=t;t=e%t;e=r}return e}function defaultFactory(e,t){return new u(e,t)}class BalancedPool extends n{constructor(e=[],{factory:t=defaultFactory,...r}={}){super();this[p]=r;this[B]=-1;this[f]=0;this[m]=this[p].maxWeightPerServer||100;this[w]=this[p].errorPenalty||15;if(!Array.isArray(e)){e=[e]}if(typeof t!=="function"){throw new o("factory must be a function.")}this[h]=r.interceptors?.BalancedPool&&Array.isArray(r.interceptors.BalancedPool)?r.interceptors.BalancedPool:[];this[d]=t;for(const t of e){this.addUpstream(t)}this._updateBalancedPoolStats()}addUpstream(e){const t=E(e).origin;if(this[A].find(e=>e[g].origin===t&&e.closed!==true&&e.destroyed!==true)){return this}const r=this[d](t,Object.assign({},this[p]));this[a](r);r.on("connect",()=>{r[I]=Math.min(this[m],r[I]+this[w])});r.on("connectionError",()=>{r[I]=Math.max(1,r[I]-this[w]);this._updateBalancedPoolStats()});r.on("disconnect",(...e)=>{const t=e[2];if(t&&t.code==="UND_ERR_SOCKET"){r[I]=Math.max(1,r[I]-this[w]);this._updateBalancedPoolStats()}});for(const e of this[A]){e[I]=this[m]}this._updateBalancedPoolStats();return this}_updateBalancedPoolStats(){let e=0;for(let t=0;t<this[A].length;t++){e=getGreatestCommonDivisor(this[A][t][I],e)}this[Q]=e}removeUpstream(e){const t=E(e).origin;const r=this[A].find(e=>e[g].origin===t&&e.closed!==true&&e.destroyed!==true);if(r){this[c](r)}return this}get upstreams(){return this[A].filter(e=>e.closed!==true&&e.destroyed!==true).map(e=>e[g].origin)}[l](){if(this[A].length===0){throw new s}const e=this[A].find(e=>!e[i]&&e.closed!==true&&e.destroyed!==true);if(!e){return}const t=this[A].map(e=>e[i]).reduce((e,t)=>e&&t,true);if(t){return}let r=0;let o=this[A].findIndex(e=>!e[i]);while(r++<this[A].length){this[B]=(this[B]+1)%this[A].length;const e=this[A][this[B]];if(e[I]>this[A][o][I]&&!e[i]){o=this[B]}if(this[B]===0){this[f]=this[f]-this[Q];if(this[f]<=0){this[f]=this[m]}}if(e[I]>=this[f]&&!e[i]){return e}}this[f]=this[A][o][I];this[B]=o;return this[A][o]}}e.exports=BalancedPool},4393:(e,t,r)=>{const s=r(4589);const o=r(9500);const{channels:n}=r(5458);const A=r(4591);const{RequestContentLengthMismatchError:i,ResponseContentLengthMismatchError:a,RequestAbortedError:c,InvalidArgumentError:l,HeadersTimeoutError:u,HeadersOverflowError:g,SocketError:h,InformationalError:E,BodyTimeoutError:d,HTTPParserError:p,ResponseExceededMaxSizeError:Q}=r(3959);const{kUrl:f,kReset:B,kClient:I,kParser:m,kBlocking:w,kRunning:y,kPending:b,kSize:k,kWriting:R,kQueue:D,kNoRef:T,kKeepAliveDefaultTimeout:S,kHostHeader:F,kPendingIdx:v,kRunningIdx:U,kError:N,kPipelining:M,kSocket:L,kKeepAliveTimeoutValue:G,kMaxHeadersSize:_,kKeepAliveMaxTimeout:O,kKeepAliveTimeoutThreshold:H,kHeadersTimeout:x,kBodyTimeout:P,kStrictContentLength:Y,kMaxRequests:J,kCounter:V,kMaxResponseSize:q,kOnError:W,kResume:$,kHTTPContext:j}=r(8031);const z=r(748);const Z=Buffer.alloc(0);const K=Buffer[Symbol.species];const X=o.addListener;const ee=o.removeAllListeners;const te=Symbol("kIdleSocketValidation");const re=Symbol("kIdleSocketValidationTimeout");const se=Symbol("kSocketUsed");let oe;async function lazyllhttp(){const e=process.env.JEST_WORKER_ID?r(3922):undefined;let t;try{t=await WebAssembly.compile(r(3742))}catch(s){t=await WebAssembly.compile(e||r(3922))}return await WebAssembly.instantiate(t,{env:{wasm_on_url:(e,t,r)=>0,wasm_on_status:(e,t,r)=>{s(ie.ptr===e);const o=t-le+ae.byteOffset;return ie.onStatus(new K(ae.buffer,o,r))||0},wasm_on_message_begin:e=>{s(ie.ptr===e);return ie.onMessageBegin()||0},wasm_on_header_field:(e,t,r)=>{s(ie.ptr===e);const o=t-le+ae.byteOffset;return ie.onHeaderField(new K(ae.buffer,o,r))||0},wasm_on_header_value:(e,t,r)=>{s(ie.ptr===e);const o=t-le+ae.byteOffset;return ie.onHeaderValue(new K(ae.buffer,o,r))||0},wasm_on_headers_complete:(e,t,r,o)=>{s(ie.ptr===e);return ie.onHeadersComplete(t,Boolean(r),Boolean(o))||0},wasm_on_body:(e,t,r)=>{s(ie.ptr===e);const o=t-le+ae.byteOffset;return ie.onBody(new K(ae.buffer,o,r))||0},wasm_on_message_complete:e=>{s(ie.ptr===e);return ie.onMessageComplete()||0}}})}let ne=null;let Ae=lazyllhttp();Ae.catch();let ie=null;let ae=null;let ce=0;let le=null;const ue=0;const ge=1;const he=2|ge;const Ee=4|ge;const de=8|ue;class Parser{constructor(e,t,{exports:r}){s(Number.isFinite(e[_])&&e[_]>0);this.llhttp=r;this.ptr=this.llhttp.llhttp_alloc(z.TYPE.RESPONSE);this.client=e;this.socket=t;this.timeout=null;this.timeoutValue=null;this.timeoutType=null;this.statusCode=null;this.statusText="";this.upgrade=false;this.headers=[];this.headersSize=0;this.headersMaxSize=e[_];this.shouldKeepAlive=false;this.paused=false;this.resume=this.resume.bind(this);this.bytesRead=0;this.keepAlive="";this.contentLength="";this.connection="";this.maxResponseSize=e[q]}setTimeout(e,t){if(e!==this.timeoutValue||t&ge^this.timeoutType&ge){if(this.timeout){A.clearTimeout(this.timeout);this.timeout=null}if(e){if(t&ge){this.timeout=A.setFastTimeout(onParserTimeout,e,new WeakRef(this))}else{this.timeout=setTimeout(onParserTimeout,e,new WeakRef(this));this.timeout.unref()}}this.timeoutValue=e}else if(this.timeout){if(this.timeout.refresh){this.timeout.refresh()}}this.timeoutType=t}resume(){if(this.socket.destroyed||!this.paused){return}s(this.ptr!=null);s(ie==null);this.llhttp.llhttp_resume(this.ptr);s(this.timeoutType===Ee);if(this.timeout){if(this.timeout.refresh){this.timeout.refresh()}}this.paused=false;this.execute(this.socket.read()||Z);this.readMore()}readMore(){while(!this.paused&&this.ptr){const e=this.socket.read();if(e===null){break}this.execute(e)}}execute(e){s(this.ptr!=null);s(ie==null);s(!this.paused);const{socket:t,llhttp:r}=this;if(e.length>ce){if(le){r.free(le)}ce=Math.ceil(e.length/4096)*4096;le=r.malloc(ce)}new Uint8Array(r.memory.buffer,le,ce).set(e);try{let s;try{ae=e;ie=this;s=r.llhttp_execute(this.ptr,le,e.length)}catch(e){throw e}finally{ie=null;ae=null}const o=r.llhttp_get_error_pos(this.ptr)-le;if(s!==z.ERROR.OK){const r=e.subarray(o);if(s===z.ERROR.PAUSED_UPGRADE){this.onUpgrade(r)}else if(s===z.ERROR.PAUSED){this.paused=true;t.unshift(r)}else{throw this.createError(s,r)}}}catch(e){o.destroy(t,e)}}finish(){s(ie===null);s(this.ptr!=null);s(!this.paused);const{llhttp:e}=this;let t;try{ie=this;t=e.llhttp_finish(this.ptr)}finally{ie=null}if(t===z.ERROR.OK){return null}if(t===z.ERROR.PAUSED||t===z.ERROR.PAUSED_UPGRADE){this.paused=true;return null}return this.createError(t,Z)}createError(e,t){const{llhttp:r,contentLength:s,bytesRead:o}=this;if(s&&o!==parseInt(s,10)){return new a}const n=r.llhttp_get_error_reason(this.ptr);let A="";if(n){const e=new Uint8Array(r.memory.buffer,n).indexOf(0);A="Response does not match the HTTP/1.1 protocol ("+Buffer.from(r.memory.buffer,n,e).toString()+")"}return new p(A,z.ERROR[e],t)}destroy(){s(this.ptr!=null);s(ie==null);this.llhttp.llhttp_free(this.ptr);this.ptr=null;this.timeout&&A.clearTimeout(this.timeout);this.timeout=null;this.timeoutValue=null;this.timeoutType=null;this.paused=false}onStatus(e){this.statusText=e.toString()}onMessageBegin(){const{socket:e,client:t}=this;if(e.destroyed){return-1}if(t[y]===0){o.destroy(e,new h("bad response",o.getSocketInfo(e)));return-1}const r=t[D][t[U]];if(!r){return-1}r.onResponseStarted()}onHeaderField(e){const t=this.headers.length;if((t&1)===0){this.headers.push(e)}else{this.headers[t-1]=Buffer.concat([this.headers[t-1],e])}this.trackHeader(e.length)}onHeaderValue(e){let t=this.headers.length;if((t&1)===1){this.headers.push(e);t+=1}else{this.headers[t-1]=Buffer.concat([this.headers[t-1],e])}const r=this.headers[t-2];if(r.length===10){const t=o.bufferToLowerCasedHeaderName(r);if(t==="keep-alive"){this.keepAlive+=e.toString()}else if(t==="connection"){this.connection+=e.toString()}}else if(r.length===14&&o.bufferToLowerCasedHeaderName(r)==="content-length"){this.contentLength+=e.toString()}this.trackHeader(e.length)}trackHeader(e){this.headersSize+=e;if(this.headersSize>=this.headersMaxSize){o.destroy(this.socket,new g)}}onUpgrade(e){const{upgrade:t,client:r,socket:n,headers:A,statusCode:i,statusText:a}=this;s(t);s(r[L]===n);s(!n.destroyed);s(!this.paused);s((A.length&1)===0);const c=r[D][r[U]];s(c);s(c.upgrade||c.method==="CONNECT");this.statusCode=null;this.statusText="";this.shouldKeepAlive=null;this.headers=[];this.headersSize=0;n.unshift(e);n[m].destroy();n[m]=null;n[I]=null;n[N]=null;ee(n);r[L]=null;r[j]=null;r[D][r[U]++]=null;r.emit("disconnect",r[f],[r],new E("upgrade"));try{c.onUpgrade(i,A,n,a)}catch(e){o.errorRequest(r,c,e);o.destroy(n,e)}r[$]()}onHeadersComplete(e,t,r){const{client:n,socket:A,headers:i,statusText:a}=this;if(A.destroyed){return-1}if(n[y]===0){o.destroy(A,new h("bad response",o.getSocketInfo(A)));return-1}const c=n[D][n[U]];if(!c){return-1}s(!this.upgrade);s(this.statusCode<200);if(e===100){o.destroy(A,new h("bad response",o.getSocketInfo(A)));return-1}if(t&&!c.upgrade){o.destroy(A,new h("bad upgrade",o.getSocketInfo(A)));return-1}s(this.timeoutType===he);this.statusCode=e;this.shouldKeepAlive=r||c.method==="HEAD"&&!A[B]&&this.connection.toLowerCase()==="keep-alive";if(this.statusCode>=200){const e=c.bodyTimeout!=null?c.bodyTimeout:n[P];this.setTimeout(e,Ee)}else if(this.timeout){if(this.timeout.refresh){this.timeout.refresh()}}if(c.method==="CONNECT"){s(n[y]===1);this.upgrade=true;return 2}if(t){s(n[y]===1);this.upgrade=true;return 2}s((this.headers.length&1)===0);this.headers=[];this.headersSize=0;if(this.shouldKeepAlive&&n[M]){const e=this.keepAlive?o.parseKeepAliveTimeout(this.keepAlive):null;if(e!=null){const t=Math.min(e-n[H],n[O]);if(t<=0){A[B]=true}else{n[G]=t}}else{n[G]=n[S]}}else{A[B]=true}const l=c.onHeaders(e,i,this.resume,a)===false;if(c.aborted){return-1}if(c.method==="HEAD"){return 1}if(e<200){return 1}if(A[w]){A[w]=false;n[$]()}return l?z.ERROR.PAUSED:0}onBody(e){const{client:t,socket:r,statusCode:n,maxResponseSize:A}=this;if(r.destroyed){return-1}const i=t[D][t[U]];s(i);s(this.timeoutType===Ee);if(this.timeout){if(this.timeout.refresh){this.timeout.refresh()}}s(n>=200);if(A>-1&&this.bytesRead+e.length>A){o.destroy(r,new Q);return-1}this.bytesRead+=e.length;if(i.onData(e)===false){return z.ERROR.PAUSED}}onMessageComplete(){const{client:e,socket:t,statusCode:r,upgrade:n,headers:A,contentLength:i,bytesRead:c,shouldKeepAlive:l}=this;if(t.destroyed&&(!r||l)){return-1}if(n){return}s(r>=100);s((this.headers.length&1)===0);const u=e[D][e[U]];s(u);this.statusCode=null;this.statusText="";this.bytesRead=0;this.contentLength="";this.keepAlive="";this.connection="";this.headers=[];this.headersSize=0;if(r<200){return}if(u.method!=="HEAD"&&i&&c!==parseInt(i,10)){o.destroy(t,new a);return-1}u.onComplete(A);e[D][e[U]++]=null;t[se]=true;if(t[R]){s(e[y]===0);o.destroy(t,new E("reset"));return z.ERROR.PAUSED}else if(!l){o.destroy(t,new E("reset"));return z.ERROR.PAUSED}else if(t[B]&&e[y]===0){o.destroy(t,new E("reset"));return z.ERROR.PAUSED}else if(e[M]==null||e[M]===1){setImmediate(()=>e[$]())}else{e[$]()}}}function onParserTimeout(e){const{socket:t,timeoutType:r,client:n,paused:A}=e.deref();if(r===he){if(!t[R]||t.writableNeedDrain||n[y]>1){s(!A,"cannot be paused while waiting for headers");o.destroy(t,new u)}}else if(r===Ee){if(!A){o.destroy(t,new d)}}else if(r===de){s(n[y]===0&&n[G]);o.destroy(t,new E("socket idle timeout"))}}async function connectH1(e,t){e[L]=t;if(!ne){ne=await Ae;Ae=null}t[T]=false;t[R]=false;t[B]=false;t[w]=false;t[te]=0;t[re]=null;t[se]=false;t[m]=new Parser(e,t,ne);X(t,"error",function(e){const t=this[m];if(e.code==="ECONNRESET"&&t.statusCode&&!t.shouldKeepAlive){const e=t.finish();if(e){this[N]=e;this[I][W](e)}return}this[N]=e;this[I][W](e)});X(t,"readable",function(){const e=this[m];if(e){e.readMore()}});X(t,"end",function(){const e=this[m];if(e.statusCode&&!e.shouldKeepAlive){const t=e.finish();if(t){o.destroy(this,t)}return}o.destroy(this,new h("other side closed",o.getSocketInfo(this)))});X(t,"close",function(){const e=this[I];const t=this[m];clearIdleSocketValidation(this);if(t){if(!this[N]&&t.statusCode&&!t.shouldKeepAlive){this[N]=t.finish()||this[N]}this[m].destroy();this[m]=null}const r=this[N]||new h("closed",o.getSocketInfo(this));e[L]=null;e[j]=null;if(e.destroyed){s(e[b]===0);const t=e[D].splice(e[U]);for(let s=0;s<t.length;s++){const n=t[s];o.errorRequest(e,n,r)}}else if(e[y]>0&&r.code!=="UND_ERR_INFO"){const t=e[D][e[U]];e[D][e[U]++]=null;o.errorRequest(e,t,r)}e[v]=e[U];s(e[y]===0);e.emit("disconnect",e[f],[e],r);e[$]()});let r=false;t.on("close",()=>{r=true});return{version:"h1",defaultPipelining:1,write(...t){return writeH1(e,...t)},resume(){resumeH1(e)},destroy(e,s){if(r){queueMicrotask(s)}else{t.destroy(e).on("close",s)}},get destroyed(){return t.destroyed},busy(r){if(t[R]||t[B]||t[w]||t[te]===1){return true}if(r){if(e[y]>0&&!r.idempotent){return true}if(e[y]>0&&(r.upgrade||r.method==="CONNECT")){return true}if(e[y]>0&&o.bodyLength(r.body)!==0&&(o.isStream(r.body)||o.isAsyncIterable(r.body)||o.isFormDataLike(r.body))){return true}}return false}}}function clearIdleSocketValidation(e){if(e[re]){clearImmediate(e[re]);e[re]=null}e[te]=0}function scheduleIdleSocketValidation(e,t){t[te]=1;t[re]=setImmediate(()=>{t[re]=null;t[te]=2;if(e[L]===t&&!t.destroyed){e[$]()}})}function resumeH1(e){const t=e[L];if(t&&!t.destroyed){if(e[k]===0){if(!t[T]&&t.unref){t.unref();t[T]=true}}else if(t[T]&&t.ref){t.ref();t[T]=false}if(e[y]===0&&e[b]>0&&t[se]){if(t[te]===0){scheduleIdleSocketValidation(e,t);t[m].readMore();if(t.destroyed){return}return}if(t[te]===1){t[m].readMore();if(t.destroyed){return}return}}if(e[y]===0){t[m].readMore();if(t.destroyed){return}}if(e[k]===0){if(t[m].timeoutType!==de){t[m].setTimeout(e[G],de)}}else if(e[y]>0&&t[m].statusCode<200){if(t[m].timeoutType!==he){const r=e[D][e[U]];const s=r.headersTimeout!=null?r.headersTimeout:e[x];t[m].setTimeout(s,he)}}}}function shouldSendContentLength(e){return e!=="GET"&&e!=="HEAD"&&e!=="OPTIONS"&&e!=="TRACE"&&e!=="CONNECT"}function writeH1(e,t){const{method:A,path:a,host:u,upgrade:g,blocking:h,reset:d}=t;let{body:p,headers:Q,contentLength:f}=t;const I=A==="PUT"||A==="POST"||A==="PATCH"||A==="QUERY"||A==="PROPFIND"||A==="PROPPATCH";if(o.isFormDataLike(p)){if(!oe){oe=r(1448).extractBody}const[e,s]=oe(p);if(t.contentType==null){Q.push("content-type",s)}p=e.stream;f=e.length}else if(o.isBlobLike(p)&&t.contentType==null){const r=p.type;if(r){const s=`${r}`;if(!o.isValidHeaderValue(s)){o.errorRequest(e,t,new l("invalid content-type header"));return false}Q.push("content-type",s)}}if(p&&typeof p.read==="function"){p.read(0)}const m=o.bodyLength(p);f=m??f;if(f===null){f=t.contentLength}if(f===0&&!I){f=null}if(shouldSendContentLength(A)&&f>0&&t.contentLength!==null&&t.contentLength!==f){if(e[Y]){o.errorRequest(e,t,new i);return false}process.emitWarning(new i)}const y=e[L];clearIdleSocketValidation(y);const abort=r=>{if(t.aborted){return}if(t.completed){if(t.upgrade||t.method==="CONNECT"){o.destroy(y,new E("aborted"))}return}o.errorRequest(e,t,r||new c);o.destroy(p);o.destroy(y,new E("aborted"))};try{t.onConnect(abort)}catch(r){o.errorRequest(e,t,r)}if(t.aborted){return false}if(A==="HEAD"){y[B]=true}if(g||A==="CONNECT"){y[B]=true}if(d!=null){y[B]=d}if(e[J]&&y[V]++>=e[J]){y[B]=true}if(h){y[w]=true}let b=`${A} ${a} HTTP/1.1\r\n`;if(typeof u==="string"){b+=`host: ${u}\r\n`}else{b+=e[F]}if(g){b+=`connection: upgrade\r\nupgrade: ${g}\r\n`}else if(e[M]&&!y[B]){b+="connection: keep-alive\r\n"}else{b+="connection: close\r\n"}if(Array.isArray(Q)){for(let e=0;e<Q.length;e+=2){const t=Q[e+0];const r=Q[e+1];if(Array.isArray(r)){for(let e=0;e<r.length;e++){b+=`${t}: ${r[e]}\r\n`}}else{b+=`${t}: ${r}\r\n`}}}if(n.sendHeaders.hasSubscribers){n.sendHeaders.publish({request:t,headers:b,socket:y})}if(!p||m===0){writeBuffer(abort,null,e,t,y,f,b,I)}else if(o.isBuffer(p)){writeBuffer(abort,p,e,t,y,f,b,I)}else if(o.isBlobLike(p)){if(typeof p.stream==="function"){writeIterable(abort,p.stream(),e,t,y,f,b,I)}else{writeBlob(abort,p,e,t,y,f,b,I)}}else if(o.isStream(p)){writeStream(abort,p,e,t,y,f,b,I)}else if(o.isIterable(p)){writeIterable(abort,p,e,t,y,f,b,I)}else{s(false)}return true}function writeStream(e,t,r,n,A,i,a,l){s(i!==0||r[y]===0,"stream body cannot be pipelined");let u=false;const g=new AsyncWriter({abort:e,socket:A,request:n,contentLength:i,client:r,expectsPayload:l,header:a});const onData=function(e){if(u){return}try{if(!g.write(e)&&this.pause){this.pause()}}catch(e){o.destroy(this,e)}};const onDrain=function(){if(u){return}if(t.resume){t.resume()}};const onClose=function(){queueMicrotask(()=>{t.removeListener("error",onFinished)});if(!u){const e=new c;queueMicrotask(()=>onFinished(e))}};const onFinished=function(e){if(u){return}u=true;s(A.destroyed||A[R]&&r[y]<=1);A.off("drain",onDrain).off("error",onFinished);t.removeListener("data",onData).removeListener("end",onFinished).removeListener("close",onClose);if(!e){try{g.end()}catch(t){e=t}}g.destroy(e);if(e&&(e.code!=="UND_ERR_INFO"||e.message!=="reset")){o.destroy(t,e)}else{o.destroy(t)}};t.on("data",onData).on("end",onFinished).on("error",onFinished).on("close",onClose);if(t.resume){t.resume()}A.on("drain",onDrain).on("error",onFinished);if(t.errorEmitted??t.errored){setImmediate(()=>onFinished(t.errored))}else if(t.endEmitted??t.readableEnded){setImmediate(()=>onFinished(null))}if(t.closeEmitted??t.closed){setImmediate(onClose)}}function writeBuffer(e,t,r,n,A,i,a,c){try{if(!t){if(i===0){A.write(`${a}content-length: 0\r\n\r\n`,"latin1")}else{s(i===null,"no body must not have content length");A.write(`${a}\r\n`,"latin1")}}else if(o.isBuffer(t)){s(i===t.byteLength,"buffer body must have content length");A.cork();A.write(`${a}content-length: ${i}\r\n\r\n`,"latin1");A.write(t);A.uncork();n.onBodySent(t);if(!c&&n.reset!==false){A[B]=true}}n.onRequestSent();r[$]()}catch(t){e(t)}}async function writeBlob(e,t,r,o,n,A,a,c){s(A===t.size,"blob body must have content length");try{if(A!=null&&A!==t.size){throw new i}const e=Buffer.from(await t.arrayBuffer());n.cork();n.write(`${a}content-length: ${A}\r\n\r\n`,"latin1");n.write(e);n.uncork();o.onBodySent(e);o.onRequestSent();if(!c&&o.reset!==false){n[B]=true}r[$]()}catch(t){e(t)}}async function writeIterable(e,t,r,o,n,A,i,a){s(A!==0||r[y]===0,"iterator body cannot be pipelined");let c=null;function onDrain(){if(c){const e=c;c=null;e()}}const waitForDrain=()=>new Promise((e,t)=>{s(c===null);if(n[N]){t(n[N])}else{c=e}});n.on("close",onDrain).on("drain",onDrain);const l=new AsyncWriter({abort:e,socket:n,request:o,contentLength:A,client:r,expectsPayload:a,header:i});try{for await(const e of t){if(n[N]){throw n[N]}if(!l.write(e)){await waitForDrain()}}l.end()}catch(e){l.destroy(e)}finally{n.off("close",onDrain).off("drain",onDrain)}}class AsyncWriter{constructor({abort:e,socket:t,request:r,contentLength:s,client:o,expectsPayload:n,header:A}){this.socket=t;this.request=r;this.contentLength=s;this.client=o;this.bytesWritten=0;this.expectsPayload=n;this.header=A;this.abort=e;t[R]=true}write(e){const{socket:t,request:r,contentLength:s,client:o,bytesWritten:n,expectsPayload:A,header:a}=this;if(t[N]){throw t[N]}if(t.destroyed){return false}const c=Buffer.byteLength(e);if(!c){return true}if(s!==null&&n+c>s){if(o[Y]){throw new i}process.emitWarning(new i)}t.cork();if(n===0){if(!A&&r.reset!==false){t[B]=true}if(s===null){t.write(`${a}transfer-encoding: chunked\r\n`,"latin1")}else{t.write(`${a}content-length: ${s}\r\n\r\n`,"latin1")}}if(s===null){t.write(`\r\n${c.toString(16)}\r\n`,"latin1")}this.bytesWritten+=c;const l=t.write(e);t.uncork();r.onBodySent(e);if(!l){if(t[m].timeout&&t[m].timeoutType===he){if(t[m].timeout.refresh){t[m].timeout.refresh()}}}return l}end(){const{socket:e,contentLength:t,client:r,bytesWritten:s,expectsPayload:o,header:n,request:A}=this;A.onRequestSent();e[R]=false;if(e[N]){throw e[N]}if(e.destroyed){return}if(s===0){if(o){e.write(`${n}content-length: 0\r\n\r\n`,"latin1")}else{e.write(`${n}\r\n`,"latin1")}}else if(t===null){e.write("\r\n0\r\n\r\n","latin1")}if(t!==null&&s!==t){if(r[Y]){throw new i}else{process.emitWarning(new i)}}if(e[m].timeout&&e[m].timeoutType===he){if(e[m].timeout.refresh){e[m].timeout.refresh()}}r[$]()}destroy(e){const{socket:t,client:r,abort:o}=this;t[R]=false;if(e){s(r[y]<=1,"pipeline should only contain this request");o(e)}}}e.exports=connectH1},3504:(e,t,r)=>{const s=r(4589);const{errorMonitor:o}=r(8474);const{pipeline:n}=r(7075);const A=r(9500);const{RequestContentLengthMismatchError:i,RequestAbortedError:a,SocketError:c,InformationalError:l}=r(3959);const{kUrl:u,kReset:g,kClient:h,kRunning:E,kPending:d,kQueue:p,kPendingIdx:Q,kRunningIdx:f,kError:B,kSocket:I,kStrictContentLength:m,kOnError:w,kMaxConcurrentStreams:y,kHTTP2Session:b,kResume:k,kSize:R,kHTTPContext:D}=r(8031);const T=Symbol("open streams");let S;let F=false;let v;try{v=r(2467)}catch{v={constants:{}}}const{constants:{HTTP2_HEADER_AUTHORITY:U,HTTP2_HEADER_METHOD:N,HTTP2_HEADER_PATH:M,HTTP2_HEADER_SCHEME:L,HTTP2_HEADER_CONTENT_LENGTH:G,HTTP2_HEADER_EXPECT:_,HTTP2_HEADER_STATUS:O}}=v;function parseH2Headers(e){const t=[];for(const[r,s]of Object.entries(e)){if(Array.isArray(s)){for(const e of s){t.push(Buffer.from(r),Buffer.from(e))}}else{t.push(Buffer.from(r),Buffer.from(s))}}return t}function parseH2ResponseHeaders(e){const{[O]:t,...r}=e;return parseH2Headers(r)}async function connectH2(e,t){e[I]=t;if(!F){F=true;process.emitWarning("H2 support is experimental, expect them to change at any time.",{code:"UNDICI-H2"})}const r=v.connect(e[u],{createConnection:()=>t,peerMaxConcurrentStreams:e[y]});r[T]=0;r[h]=e;r[I]=t;A.addListener(r,"error",onHttp2SessionError);A.addListener(r,"frameError",onHttp2FrameError);A.addListener(r,"end",onHttp2SessionEnd);A.addListener(r,"goaway",onHTTP2GoAway);A.addListener(r,"close",function(){const{[h]:e}=this;const{[I]:t}=e;const r=this[I][B]||this[B]||new c("closed",A.getSocketInfo(t));e[b]=null;if(e.destroyed){s(e[d]===0);const t=e[p].splice(e[f]);for(let s=0;s<t.length;s++){const o=t[s];A.errorRequest(e,o,r)}}});r.unref();e[b]=r;t[b]=r;A.addListener(t,"error",function(e){this[B]=e;this[h][w](e)});A.addListener(t,"end",function(){A.destroy(this,new c("other side closed",A.getSocketInfo(this)))});A.addListener(t,"close",function(){const t=this[B]||new c("closed",A.getSocketInfo(this));e[I]=null;if(this[b]!=null){this[b].destroy(t)}e[Q]=e[f];s(e[E]===0);e.emit("disconnect",e[u],[e],t);e[k]()});let o=false;t.on("close",()=>{o=true});return{version:"h2",defaultPipelining:Infinity,write(...t){return writeH2(e,...t)},resume(){resumeH2(e)},destroy(e,r){if(o){queueMicrotask(r)}else{t.destroy(e).on("close",r)}},get destroyed(){return t.destroyed},busy(){return false}}}function resumeH2(e){const t=e[I];if(t?.destroyed===false){if(e[R]===0&&e[y]===0){t.unref();e[b].unref()}else{t.ref();e[b].ref()}}}function onHttp2SessionError(e){this[I][B]=e;this[h][w](e)}function onHttp2FrameError(e,t,r){if(r===0){const r=new l(`HTTP/2: "frameError" received - type ${e}, code ${t}`);this[I][B]=r;this[h][w](r)}}function onHttp2SessionEnd(){const e=new c("other side closed",A.getSocketInfo(this[I]));this.destroy(e);A.destroy(this[I],e)}function onHTTP2GoAway(e){const t=this[B]||new c(`HTTP/2: "GOAWAY" frame received with code ${e}`,A.getSocketInfo(this));const r=this[h];r[I]=null;r[D]=null;if(this[b]!=null){this[b].destroy(t);this[b]=null}A.destroy(this[I],t);if(r[f]<r[p].length){const e=r[p][r[f]];r[p][r[f]++]=null;A.errorRequest(r,e,t);r[Q]=r[f]}s(r[E]===0);r.emit("disconnect",r[u],[r],t);r[k]()}function shouldSendContentLength(e){return e!=="GET"&&e!=="HEAD"&&e!=="OPTIONS"&&e!=="TRACE"&&e!=="CONNECT"}function writeH2(e,t){const n=e[b];const{method:c,path:g,host:h,upgrade:E,expectContinue:d,signal:B,headers:w}=t;let{body:y}=t;if(E){A.errorRequest(e,t,new Error("Upgrade not supported for H2"));return false}const R={};for(let e=0;e<w.length;e+=2){const t=w[e+0];const r=w[e+1];if(Array.isArray(r)){for(let e=0;e<r.length;e++){if(R[t]){R[t]+=`,${r[e]}`}else{R[t]=r[e]}}}else{R[t]=r}}let D;const{hostname:F,port:v}=e[u];R[U]=h||`${F}${v?`:${v}`:""}`;R[N]=c;const abort=r=>{if(t.aborted){return}if(t.completed){if(c==="CONNECT"&&D!=null){A.destroy(D,r||new a)}return}r=r||new a;A.errorRequest(e,t,r);if(D!=null){A.destroy(D,r)}A.destroy(y,r);e[p][e[f]++]=null;e[k]()};try{t.onConnect(abort)}catch(r){A.errorRequest(e,t,r)}if(t.aborted){return false}if(c==="CONNECT"){n.ref();D=n.request(R,{endStream:false,signal:B});let r=false;const onResponse=e=>{r=true;D.off(o,onUpgradeError);t.onUpgradeResponse(Number(e[O]),e,parseH2ResponseHeaders)};const onUpgradeError=e=>{r=true;D.off("response",onResponse);t.onUpgradeError(e)};const onReady=()=>{try{t.onUpgrade(null,null,D)}catch(e){D.off("response",onResponse);abort(e);return}if(t.aborted){return}D.off("error",abort);D.once(o,onUpgradeError);e[p][e[f]++]=null};D.once("response",onResponse);D.once("error",abort);++n[T];onReady();D.once("close",()=>{if(!r&&t.completed){D.off("response",onResponse);D.off(o,onUpgradeError);t.onUpgradeError(new l(`HTTP/2: "stream error" received - code ${D.rstCode}`))}n[T]-=1;if(n[T]===0)n.unref()});return true}R[M]=g;R[L]="https";const H=c==="PUT"||c==="POST"||c==="PATCH";if(y&&typeof y.read==="function"){y.read(0)}let x=A.bodyLength(y);if(A.isFormDataLike(y)){S??=r(1448).extractBody;const[e,t]=S(y);R["content-type"]=t;y=e.stream;x=e.length}if(x==null){x=t.contentLength}if(x===0||!H){x=null}if(shouldSendContentLength(c)&&x>0&&t.contentLength!=null&&t.contentLength!==x){if(e[m]){A.errorRequest(e,t,new i);return false}process.emitWarning(new i)}if(x!=null){s(y,"no body must not have content length");R[G]=`${x}`}n.ref();const P=c==="GET"||c==="HEAD"||y===null;if(d){R[_]="100-continue";D=n.request(R,{endStream:P,signal:B});D.once("continue",writeBodyH2)}else{D=n.request(R,{endStream:P,signal:B});writeBodyH2()}++n[T];D.once("response",r=>{const{[O]:s,...o}=r;t.onResponseStarted();if(t.aborted){const r=new a;A.errorRequest(e,t,r);A.destroy(D,r);return}if(t.onHeaders(Number(s),parseH2Headers(o),D.resume.bind(D),"")===false){D.pause()}D.on("data",e=>{if(t.onData(e)===false){D.pause()}})});D.once("end",()=>{if(D.state?.state==null||D.state.state<6){t.onComplete([])}if(n[T]===0){n.unref()}abort(new l("HTTP/2: stream half-closed (remote)"));e[p][e[f]++]=null;e[Q]=e[f];e[k]()});D.once("close",()=>{n[T]-=1;if(n[T]===0){n.unref()}});D.once("error",function(e){abort(e)});D.once("frameError",(e,t)=>{abort(new l(`HTTP/2: "frameError" received - type ${e}, code ${t}`))});return true;function writeBodyH2(){if(!y||x===0){writeBuffer(abort,D,null,e,t,e[I],x,H)}else if(A.isBuffer(y)){writeBuffer(abort,D,y,e,t,e[I],x,H)}else if(A.isBlobLike(y)){if(typeof y.stream==="function"){writeIterable(abort,D,y.stream(),e,t,e[I],x,H)}else{writeBlob(abort,D,y,e,t,e[I],x,H)}}else if(A.isStream(y)){writeStream(abort,e[I],H,D,y,e,t,x)}else if(A.isIterable(y)){writeIterable(abort,D,y,e,t,e[I],x,H)}else{s(false)}}}function writeBuffer(e,t,r,o,n,i,a,c){try{if(r!=null&&A.isBuffer(r)){s(a===r.byteLength,"buffer body must have content length");t.cork();t.write(r);t.uncork();t.end();n.onBodySent(r)}if(!c){i[g]=true}n.onRequestSent();o[k]()}catch(t){e(t)}}function writeStream(e,t,r,o,i,a,c,l){s(l!==0||a[E]===0,"stream body cannot be pipelined");const u=n(i,o,s=>{if(s){A.destroy(u,s);e(s)}else{A.removeAllListeners(u);c.onRequestSent();if(!r){t[g]=true}a[k]()}});A.addListener(u,"data",onPipeData);function onPipeData(e){c.onBodySent(e)}}async function writeBlob(e,t,r,o,n,A,a,c){s(a===r.size,"blob body must have content length");try{if(a!=null&&a!==r.size){throw new i}const e=Buffer.from(await r.arrayBuffer());t.cork();t.write(e);t.uncork();t.end();n.onBodySent(e);n.onRequestSent();if(!c){A[g]=true}o[k]()}catch(t){e(t)}}async function writeIterable(e,t,r,o,n,A,i,a){s(i!==0||o[E]===0,"iterator body cannot be pipelined");let c=null;function onDrain(){if(c){const e=c;c=null;e()}}const waitForDrain=()=>new Promise((e,t)=>{s(c===null);if(A[B]){t(A[B])}else{c=e}});t.on("close",onDrain).on("drain",onDrain);try{for await(const e of r){if(A[B]){throw A[B]}const r=t.write(e);n.onBodySent(e);if(!r){await waitForDrain()}}t.end();n.onRequestSent();if(!a){A[g]=true}o[k]()}catch(t){e(t)}finally{t.off("close",onDrain).off("drain",onDrain)}}e.exports=connectH2},1313:(e,t,r)=>{const s=r(4589);const o=r(7030);const n=r(7067);const A=r(9500);const{channels:i}=r(5458);const a=r(9691);const c=r(1517);const{InvalidArgumentError:l,InformationalError:u,ClientDestroyedError:g}=r(3959);const h=r(1332);const{kUrl:E,kServerName:d,kClient:p,kBusy:Q,kConnect:f,kResuming:B,kRunning:I,kPending:m,kSize:w,kQueue:y,kConnected:b,kConnecting:k,kNeedDrain:R,kKeepAliveDefaultTimeout:D,kHostHeader:T,kPendingIdx:S,kRunningIdx:F,kError:v,kPipelining:U,kKeepAliveTimeoutValue:N,kMaxHeadersSize:M,kKeepAliveMaxTimeout:L,kKeepAliveTimeoutThreshold:G,kHeadersTimeout:_,kBodyTimeout:O,kStrictContentLength:H,kConnector:x,kMaxRedirections:P,kMaxRequests:Y,kCounter:J,kClose:V,kDestroy:q,kDispatch:W,kInterceptors:$,kLocalAddress:j,kMaxResponseSize:z,kOnError:Z,kHTTPContext:K,kMaxConcurrentStreams:X,kResume:ee}=r(8031);const te=r(4393);const re=r(3504);let se=false;const oe=Symbol("kClosedResolve");const noop=()=>{};function getPipelining(e){return e[U]??e[K]?.defaultPipelining??1}class Client extends c{constructor(e,{interceptors:t,maxHeaderSize:r,headersTimeout:s,socketTimeout:i,requestTimeout:a,connectTimeout:c,bodyTimeout:u,idleTimeout:g,keepAlive:p,keepAliveTimeout:Q,maxKeepAliveTimeout:f,keepAliveMaxTimeout:I,keepAliveTimeoutThreshold:m,socketPath:w,pipelining:b,tls:k,strictContentLength:v,maxCachedSessions:J,maxRedirections:V,connect:q,maxRequestsPerClient:W,localAddress:te,maxResponseSize:re,autoSelectFamily:Ae,autoSelectFamilyAttemptTimeout:ie,maxConcurrentStreams:ae,allowH2:ce,webSocket:le,eventSource:ue}={}){super({webSocket:le,eventSource:ue});if(p!==undefined){throw new l("unsupported keepAlive, use pipelining=0 instead")}if(i!==undefined){throw new l("unsupported socketTimeout, use headersTimeout & bodyTimeout instead")}if(a!==undefined){throw new l("unsupported requestTimeout, use headersTimeout & bodyTimeout instead")}if(g!==undefined){throw new l("unsupported idleTimeout, use keepAliveTimeout instead")}if(f!==undefined){throw new l("unsupported maxKeepAliveTimeout, use keepAliveMaxTimeout instead")}if(r!=null&&!Number.isFinite(r)){throw new l("invalid maxHeaderSize")}if(w!=null&&typeof w!=="string"){throw new l("invalid socketPath")}if(c!=null&&(!Number.isFinite(c)||c<0)){throw new l("invalid connectTimeout")}if(Q!=null&&(!Number.isFinite(Q)||Q<=0)){throw new l("invalid keepAliveTimeout")}if(I!=null&&(!Number.isFinite(I)||I<=0)){throw new l("invalid keepAliveMaxTimeout")}if(m!=null&&!Number.isFinite(m)){throw new l("invalid keepAliveTimeoutThreshold")}if(s!=null&&(!Number.isInteger(s)||s<0)){throw new l("headersTimeout must be a positive integer or zero")}if(u!=null&&(!Number.isInteger(u)||u<0)){throw new l("bodyTimeout must be a positive integer or zero")}if(q!=null&&typeof q!=="function"&&typeof q!=="object"){throw new l("connect must be a function or an object")}if(V!=null&&(!Number.isInteger(V)||V<0)){throw new l("maxRedirections must be a positive number")}if(W!=null&&(!Number.isInteger(W)||W<0)){throw new l("maxRequestsPerClient must be a positive number")}if(te!=null&&(typeof te!=="string"||o.isIP(te)===0)){throw new l("localAddress must be valid string IP address")}if(re!=null&&(!Number.isInteger(re)||re<-1)){throw new l("maxResponseSize must be a positive number")}if(ie!=null&&(!Number.isInteger(ie)||ie<-1)){throw new l("autoSelectFamilyAttemptTimeout must be a positive number")}if(ce!=null&&typeof ce!=="boolean"){throw new l("allowH2 must be a valid boolean value")}if(ae!=null&&(typeof ae!=="number"||ae<1)){throw new l("maxConcurrentStreams must be a positive integer, greater than 0")}if(typeof q!=="function"){q=h({...k,maxCachedSessions:J,allowH2:ce,socketPath:w,timeout:c,...Ae?{autoSelectFamily:Ae,autoSelectFamilyAttemptTimeout:ie}:undefined,...q})}if(t?.Client&&Array.isArray(t.Client)){this[$]=t.Client;if(!se){se=true;process.emitWarning("Client.Options#interceptor is deprecated. Use Dispatcher#compose instead.",{code:"UNDICI-CLIENT-INTERCEPTOR-DEPRECATED"})}}else{this[$]=[ne({maxRedirections:V})]}this[E]=A.parseOrigin(e);this[x]=q;this[U]=b!=null?b:1;this[M]=r||n.maxHeaderSize;this[D]=Q==null?4e3:Q;this[L]=I==null?6e5:I;this[G]=m==null?2e3:m;this[N]=this[D];this[d]=null;this[j]=te!=null?te:null;this[B]=0;this[R]=0;this[T]=`host: ${this[E].hostname}${this[E].port?`:${this[E].port}`:""}\r\n`;this[O]=u!=null?u:3e5;this[_]=s!=null?s:3e5;this[H]=v==null?true:v;this[P]=V;this[Y]=W;this[oe]=null;this[z]=re>-1?re:-1;this[X]=ae!=null?ae:100;this[K]=null;this[y]=[];this[F]=0;this[S]=0;this[ee]=e=>resume(this,e);this[Z]=e=>onError(this,e)}get pipelining(){return this[U]}set pipelining(e){this[U]=e;this[ee](true)}get[m](){return this[y].length-this[S]}get[I](){return this[S]-this[F]}get[w](){return this[y].length-this[F]}get[b](){return!!this[K]&&!this[k]&&!this[K].destroyed}get[Q](){return Boolean(this[K]?.busy(null)||this[w]>=(getPipelining(this)||1)||this[m]>0)}[f](e){connect(this);this.once("connect",e)}[W](e,t){const r=e.origin||this[E].origin;const s=new a(r,e,t);this[y].push(s);if(this[B]){}else if(A.bodyLength(s.body)==null&&A.isIterable(s.body)){this[B]=1;queueMicrotask(()=>resume(this))}else{this[ee](true)}if(this[B]&&this[R]!==2&&this[Q]){this[R]=2}return this[R]<2}async[V](){return new Promise(e=>{if(this[w]){this[oe]=e}else{e(null)}})}async[q](e){return new Promise(t=>{const r=this[y].splice(this[S]);for(let t=0;t<r.length;t++){const s=r[t];A.errorRequest(this,s,e)}const callback=()=>{if(this[oe]){this[oe]();this[oe]=null}t(null)};if(this[K]){this[K].destroy(e,callback);this[K]=null}else{queueMicrotask(callback)}this[ee]()})}}const ne=r(1576);function onError(e,t){if(e[I]===0&&t.code!=="UND_ERR_INFO"&&t.code!=="UND_ERR_SOCKET"){s(e[S]===e[F]);const r=e[y].splice(e[F]);for(let s=0;s<r.length;s++){const o=r[s];A.errorRequest(e,o,t)}s(e[w]===0)}}async function connect(e){s(!e[k]);s(!e[K]);let{host:t,hostname:r,protocol:n,port:a}=e[E];if(r[0]==="["){const e=r.indexOf("]");s(e!==-1);const t=r.substring(1,e);s(o.isIP(t));r=t}e[k]=true;if(i.beforeConnect.hasSubscribers){i.beforeConnect.publish({connectParams:{host:t,hostname:r,protocol:n,port:a,version:e[K]?.version,servername:e[d],localAddress:e[j]},connector:e[x]})}try{const o=await new Promise((s,o)=>{e[x]({host:t,hostname:r,protocol:n,port:a,servername:e[d],localAddress:e[j]},(e,t)=>{if(e){o(e)}else{s(t)}})});if(e.destroyed){A.destroy(o.on("error",noop),new g);return}s(o);try{e[K]=o.alpnProtocol==="h2"?await re(e,o):await te(e,o)}catch(e){o.destroy().on("error",noop);throw e}e[k]=false;o[J]=0;o[Y]=e[Y];o[p]=e;o[v]=null;if(i.connected.hasSubscribers){i.connected.publish({connectParams:{host:t,hostname:r,protocol:n,port:a,version:e[K]?.version,servername:e[d],localAddress:e[j]},connector:e[x],socket:o})}e.emit("connect",e[E],[e])}catch(o){if(e.destroyed){return}e[k]=false;if(i.connectError.hasSubscribers){i.connectError.publish({connectParams:{host:t,hostname:r,protocol:n,port:a,version:e[K]?.version,servername:e[d],localAddress:e[j]},connector:e[x],error:o})}if(o.code==="ERR_TLS_CERT_ALTNAME_INVALID"){s(e[I]===0);while(e[m]>0&&e[y][e[S]].servername===e[d]){const t=e[y][e[S]++];A.errorRequest(e,t,o)}}else{onError(e,o)}e.emit("connectionError",e[E],[e],o)}e[ee]()}function emitDrain(e){e[R]=0;e.emit("drain",e[E],[e])}function resume(e,t){if(e[B]===2){return}e[B]=2;_resume(e,t);e[B]=0;if(e[F]>256){e[y].splice(0,e[F]);e[S]-=e[F];e[F]=0}}function _resume(e,t){while(true){if(e.destroyed){s(e[m]===0);return}if(e[oe]&&!e[w]){e[oe]();e[oe]=null;return}if(e[K]){e[K].resume()}if(e[Q]){e[R]=2}else if(e[R]===2){if(t){e[R]=1;queueMicrotask(()=>emitDrain(e))}else{emitDrain(e)}continue}if(e[m]===0){return}if(e[I]>=(getPipelining(e)||1)){return}const r=e[y][e[S]];if(e[E].protocol==="https:"&&e[d]!==r.servername){if(e[I]>0){return}e[d]=r.servername;e[K]?.destroy(new u("servername changed"),()=>{e[K]=null;resume(e)})}if(e[k]){return}if(!e[K]){connect(e);return}if(e[K].destroyed){return}if(e[K].busy(r)){return}if(!r.aborted&&e[K].write(r)){e[S]++}else{e[y].splice(e[S],1)}}}e.exports=Client},1517:(e,t,r)=>{const s=r(4573);const o=r(3415);const{ClientDestroyedError:n,ClientClosedError:A,InvalidArgumentError:i}=r(3959);const{kDestroy:a,kClose:c,kClosed:l,kDestroyed:u,kDispatch:g,kInterceptors:h}=r(8031);const E=Symbol("onDestroyed");const d=Symbol("onClosed");const p=Symbol("Intercepted Dispatch");const Q=Symbol("webSocketOptions");const f=Symbol("eventSourceOptions");class DispatcherBase extends o{constructor(e){super();this[u]=false;this[E]=null;this[l]=false;this[d]=[];this[Q]=e?.webSocket??{};this[f]=e?.eventSource??{}}get webSocketOptions(){return{maxFragments:this[Q].maxFragments??131072,maxPayloadSize:this[Q].maxPayloadSize??128*1024*1024}}get eventSourceOptions(){return{maxEventSize:this[f].maxEventSize??s.kStringMaxLength}}get destroyed(){return this[u]}get closed(){return this[l]}get interceptors(){return this[h]}set interceptors(e){if(e){for(let t=e.length-1;t>=0;t--){const e=this[h][t];if(typeof e!=="function"){throw new i("interceptor must be an function")}}}this[h]=e}close(e){if(e===undefined){return new Promise((e,t)=>{this.close((r,s)=>r?t(r):e(s))})}if(typeof e!=="function"){throw new i("invalid callback")}if(this[u]){queueMicrotask(()=>e(new n,null));return}if(this[l]){if(this[d]){this[d].push(e)}else{queueMicrotask(()=>e(null,null))}return}this[l]=true;this[d].push(e);const onClosed=()=>{const e=this[d];this[d]=null;for(let t=0;t<e.length;t++){e[t](null,null)}};this[c]().then(()=>this.destroy()).then(()=>{queueMicrotask(onClosed)})}destroy(e,t){if(typeof e==="function"){t=e;e=null}if(t===undefined){return new Promise((t,r)=>{this.destroy(e,(e,s)=>e?r(e):t(s))})}if(typeof t!=="function"){throw new i("invalid callback")}if(this[u]){if(this[E]){this[E].push(t)}else{queueMicrotask(()=>t(null,null))}return}if(!e){e=new n}this[u]=true;this[E]=this[E]||[];this[E].push(t);const onDestroyed=()=>{const e=this[E];this[E]=null;for(let t=0;t<e.length;t++){e[t](null,null)}};this[a](e).then(()=>{queueMicrotask(onDestroyed)})}[p](e,t){if(!this[h]||this[h].length===0){this[p]=this[g];return this[g](e,t)}let r=this[g].bind(this);for(let e=this[h].length-1;e>=0;e--){r=this[h][e](r)}this[p]=r;return r(e,t)}dispatch(e,t){if(!t||typeof t!=="object"){throw new i("handler must be an object")}try{if(!e||typeof e!=="object"){throw new i("opts must be an object.")}if(this[u]||this[E]){throw new n}if(this[l]){throw new A}return this[p](e,t)}catch(e){if(typeof t.onError!=="function"){throw new i("invalid onError method")}t.onError(e);return false}}}e.exports=DispatcherBase},3415:(e,t,r)=>{const s=r(8474);class Dispatcher extends s{dispatch(){throw new Error("not implemented")}close(){throw new Error("not implemented")}destroy(){throw new Error("not implemented")}compose(...e){const t=Array.isArray(e[0])?e[0]:e;let r=this.dispatch.bind(this);for(const e of t){if(e==null){continue}if(typeof e!=="function"){throw new TypeError(`invalid interceptor, expected function received ${typeof e}`)}r=e(r);if(r==null||typeof r!=="function"||r.length!==2){throw new TypeError("invalid interceptor")}}return new ComposedDispatcher(this,r)}}class ComposedDispatcher extends Dispatcher{#r=null;#s=null;constructor(e,t){super();this.#r=e;this.#s=t}dispatch(...e){this.#s(...e)}close(...e){return this.#r.close(...e)}destroy(...e){return this.#r.destroy(...e)}}e.exports=Dispatcher},9221:(e,t,r)=>{const s=r(1517);const{kClose:o,kDestroy:n,kClosed:A,kDestroyed:i,kDispatch:a,kNoProxyAgent:c,kHttpProxyAgent:l,kHttpsProxyAgent:u}=r(8031);const g=r(7508);const h=r(1745);const E={"http:":80,"https:":443};let d=false;class EnvHttpProxyAgent extends s{#o=null;#n=null;#A=null;constructor(e={}){super();this.#A=e;if(!d){d=true;process.emitWarning("EnvHttpProxyAgent is experimental, expect them to change at any time.",{code:"UNDICI-EHPA"})}const{httpProxy:t,httpsProxy:r,noProxy:s,...o}=e;this[c]=new h(o);const n=t??process.env.http_proxy??process.env.HTTP_PROXY;if(n){this[l]=new g({...o,uri:n})}else{this[l]=this[c]}const A=r??process.env.https_proxy??process.env.HTTPS_PROXY;if(A){this[u]=new g({...o,uri:A})}else{this[u]=this[l]}this.#i()}[a](e,t){const r=new URL(e.origin);const s=this.#a(r);return s.dispatch(e,t)}async[o](){await this[c].close();if(!this[l][A]){await this[l].close()}if(!this[u][A]){await this[u].close()}}async[n](e){await this[c].destroy(e);if(!this[l][i]){await this[l].destroy(e)}if(!this[u][i]){await this[u].destroy(e)}}#a(e){let{protocol:t,host:r,port:s}=e;r=r.replace(/:\d*$/,"").toLowerCase();s=Number.parseInt(s,10)||E[t]||0;if(!this.#c(r,s)){return this[c]}if(t==="https:"){return this[u]}return this[l]}#c(e,t){if(this.#l){this.#i()}if(this.#n.length===0){return true}if(this.#o==="*"){return false}for(let r=0;r<this.#n.length;r++){const s=this.#n[r];if(s.port&&s.port!==t){continue}if(!/^[.*]/.test(s.hostname)){if(e===s.hostname){return false}}else{if(e.endsWith(s.hostname.replace(/^\*/,""))){return false}}}return true}#i(){const e=this.#A.noProxy??this.#u;const t=e.split(/[,\s]/);const r=[];for(let e=0;e<t.length;e++){const s=t[e];if(!s){continue}const o=s.match(/^(.+):(\d+)$/);r.push({hostname:(o?o[1]:s).toLowerCase(),port:o?Number.parseInt(o[2],10):0})}this.#o=e;this.#n=r}get#l(){if(this.#A.noProxy!==undefined){return false}return this.#o!==this.#u}get#u(){return process.env.no_proxy??process.env.NO_PROXY??""}}e.exports=EnvHttpProxyAgent},5464:e=>{const t=2048;const r=t-1;class FixedCircularBuffer{constructor(){this.bottom=0;this.top=0;this.list=new Array(t);this.next=null}isEmpty(){return this.top===this.bottom}isFull(){return(this.top+1&r)===this.bottom}push(e){this.list[this.top]=e;this.top=this.top+1&r}shift(){const e=this.list[this.bottom];if(e===undefined)return null;this.list[this.bottom]=undefined;this.bottom=this.bottom+1&r;return e}}e.exports=class FixedQueue{constructor(){this.head=this.tail=new FixedCircularBuffer}isEmpty(){return this.head.isEmpty()}push(e){if(this.head.isFull()){this.head=this.head.next=new FixedCircularBuffer}this.head.push(e)}shift(){const e=this.tail;const t=e.shift();if(e.isEmpty()&&e.next!==null){this.tail=e.next}return t}}},7292:(e,t,r)=>{const s=r(1517);const o=r(5464);const{kConnected:n,kSize:A,kRunning:i,kPending:a,kQueued:c,kBusy:l,kFree:u,kUrl:g,kClose:h,kDestroy:E,kDispatch:d}=r(8031);const p=r(8186);const Q=Symbol("clients");const f=Symbol("needDrain");const B=Symbol("queue");const I=Symbol("closed resolve");const m=Symbol("onDrain");const w=Symbol("onConnect");const y=Symbol("onDisconnect");const b=Symbol("onConnectionError");const k=Symbol("get dispatcher");const R=Symbol("add client");const D=Symbol("remove client");const T=Symbol("stats");class PoolBase extends s{constructor(e){super(e);this[B]=new o;this[Q]=[];this[c]=0;const t=this;this[m]=function onDrain(e,r){const s=t[B];let o=false;while(!o){const e=s.shift();if(!e){break}t[c]--;o=!this.dispatch(e.opts,e.handler)}this[f]=o;if(!this[f]&&t[f]){t[f]=false;t.emit("drain",e,[t,...r])}if(t[I]&&s.isEmpty()){Promise.all(t[Q].map(e=>e.close())).then(t[I])}};this[w]=(e,r)=>{t.emit("connect",e,[t,...r])};this[y]=(e,r,s)=>{t.emit("disconnect",e,[t,...r],s)};this[b]=(e,r,s)=>{t.emit("connectionError",e,[t,...r],s)};this[T]=new p(this)}get[l](){return this[f]}get[n](){return this[Q].filter(e=>e[n]).length}get[u](){return this[Q].filter(e=>e[n]&&!e[f]).length}get[a](){let e=this[c];for(const{[a]:t}of this[Q]){e+=t}return e}get[i](){let e=0;for(const{[i]:t}of this[Q]){e+=t}return e}get[A](){let e=this[c];for(const{[A]:t}of this[Q]){e+=t}return e}get stats(){return this[T]}async[h](){if(this[B].isEmpty()){await Promise.all(this[Q].map(e=>e.close()))}else{await new Promise(e=>{this[I]=e})}}async[E](e){while(true){const t=this[B].shift();if(!t){break}t.handler.onError(e)}await Promise.all(this[Q].map(t=>t.destroy(e)))}[d](e,t){const r=this[k]();if(!r){this[f]=true;this[B].push({opts:e,handler:t});this[c]++}else if(!r.dispatch(e,t)){r[f]=true;this[f]=!this[k]()}return!this[f]}[R](e){e.on("drain",this[m]).on("connect",this[w]).on("disconnect",this[y]).on("connectionError",this[b]);this[Q].push(e);if(this[f]){queueMicrotask(()=>{if(this[f]){this[m](e[g],[this,e])}})}return this}[D](e){e.close(()=>{const t=this[Q].indexOf(e);if(t!==-1){this[Q].splice(t,1)}});this[f]=this[Q].some(e=>!e[f]&&e.closed!==true&&e.destroyed!==true)}}e.exports={PoolBase:PoolBase,kClients:Q,kNeedDrain:f,kAddClient:R,kRemoveClient:D,kGetDispatcher:k}},8186:(e,t,r)=>{const{kFree:s,kConnected:o,kPending:n,kQueued:A,kRunning:i,kSize:a}=r(8031);const c=Symbol("pool");class PoolStats{constructor(e){this[c]=e}get connected(){return this[c][o]}get free(){return this[c][s]}get pending(){return this[c][n]}get queued(){return this[c][A]}get running(){return this[c][i]}get size(){return this[c][a]}}e.exports=PoolStats},5928:(e,t,r)=>{const{PoolBase:s,kClients:o,kNeedDrain:n,kAddClient:A,kGetDispatcher:i}=r(7292);const a=r(1313);const{InvalidArgumentError:c}=r(3959);const l=r(9500);const{kUrl:u,kInterceptors:g}=r(8031);const h=r(1332);const E=Symbol("options");const d=Symbol("connections");const p=Symbol("factory");function defaultFactory(e,t){return new a(e,t)}class Pool extends s{constructor(e,{connections:t,factory:r=defaultFactory,connect:s,connectTimeout:n,tls:A,maxCachedSessions:i,socketPath:a,autoSelectFamily:Q,autoSelectFamilyAttemptTimeout:f,allowH2:B,...I}={}){if(t!=null&&(!Number.isFinite(t)||t<0)){throw new c("invalid connections")}if(typeof r!=="function"){throw new c("factory must be a function.")}if(s!=null&&typeof s!=="function"&&typeof s!=="object"){throw new c("connect must be a function or an object")}if(typeof s!=="function"){s=h({...A,maxCachedSessions:i,allowH2:B,socketPath:a,timeout:n,...Q?{autoSelectFamily:Q,autoSelectFamilyAttemptTimeout:f}:undefined,...s})}super(I);this[g]=I.interceptors?.Pool&&Array.isArray(I.interceptors.Pool)?I.interceptors.Pool:[];this[d]=t||null;this[u]=l.parseOrigin(e);this[E]={...l.deepClone(I),connect:s,allowH2:B};this[E].interceptors=I.interceptors?{...I.interceptors}:undefined;this[p]=r;this.on("connectionError",(e,t,r)=>{for(const e of t){const t=this[o].indexOf(e);if(t!==-1){this[o].splice(t,1)}}})}[i](){for(const e of this[o]){if(!e[n]){return e}}if(!this[d]||this[o].length<this[d]){const e=this[p](this[u],this[E]);this[A](e);return e}}}e.exports=Pool},7508:(e,t,r)=>{const{kProxy:s,kClose:o,kDestroy:n,kDispatch:A,kInterceptors:i}=r(8031);const{URL:a}=r(3136);const c=r(1745);const l=r(5928);const u=r(1517);const{InvalidArgumentError:g,RequestAbortedError:h,SecureProxyConnectionError:E}=r(3959);const d=r(1332);const p=r(1313);const Q=Symbol("proxy agent");const f=Symbol("proxy client");const B=Symbol("proxy headers");const I=Symbol("request tls settings");const m=Symbol("proxy tls settings");const w=Symbol("connect endpoint function");const y=Symbol("tunnel proxy");function defaultProtocolPort(e){return e==="https:"?443:80}function defaultFactory(e,t){return new l(e,t)}const noop=()=>{};function defaultAgentFactory(e,t){if(t.connections===1){return new p(e,t)}return new l(e,t)}class Http1ProxyWrapper extends u{#g;constructor(e,{headers:t={},connect:r,factory:s}){super();if(!e){throw new g("Proxy URL is mandatory")}this[B]=t;if(s){this.#g=s(e,{connect:r})}else{this.#g=new p(e,{connect:r})}}[A](e,t){const r=t.onHeaders;t.onHeaders=function(e,s,o){if(e===407){if(typeof t.onError==="function"){t.onError(new g("Proxy Authentication Required (407)"))}return}if(r)r.call(this,e,s,o)};const{origin:s,path:o="/",headers:n={}}=e;e.path=s+o;if(!("host"in n)&&!("Host"in n)){const{host:e}=new a(s);n.host=e}e.headers={...this[B],...n};return this.#g[A](e,t)}async[o](){return this.#g.close()}async[n](e){return this.#g.destroy(e)}}class ProxyAgent extends u{constructor(e){super();if(!e||typeof e==="object"&&!(e instanceof a)&&!e.uri){throw new g("Proxy uri is mandatory")}const{clientFactory:t=defaultFactory}=e;if(typeof t!=="function"){throw new g("Proxy opts.clientFactory must be a function.")}const{proxyTunnel:r=true}=e;const o=this.#h(e);const{href:n,origin:A,port:l,protocol:u,username:p,password:b,hostname:k}=o;this[s]={uri:n,protocol:u};this[i]=e.interceptors?.ProxyAgent&&Array.isArray(e.interceptors.ProxyAgent)?e.interceptors.ProxyAgent:[];this[I]=e.requestTls;this[m]=e.proxyTls;this[B]=e.headers||{};this[y]=r;if(e.auth&&e.token){throw new g("opts.auth cannot be used in combination with opts.token")}else if(e.auth){this[B]["proxy-authorization"]=`Basic ${e.auth}`}else if(e.token){this[B]["proxy-authorization"]=e.token}else if(p&&b){this[B]["proxy-authorization"]=`Basic ${Buffer.from(`${decodeURIComponent(p)}:${decodeURIComponent(b)}`).toString("base64")}`}const R=d({...e.proxyTls});this[w]=d({...e.requestTls});const D=e.factory||defaultAgentFactory;const factory=(e,t)=>{const{protocol:r}=new a(e);if(!this[y]&&r==="http:"&&this[s].protocol==="http:"){return new Http1ProxyWrapper(this[s].uri,{headers:this[B],connect:R,factory:D})}return D(e,t)};this[f]=t(o,{connect:R});this[Q]=new c({...e,factory:factory,connect:async(e,t)=>{let r=e.host;if(!e.port){r+=`:${defaultProtocolPort(e.protocol)}`}try{const{socket:s,statusCode:o}=await this[f].connect({origin:A,port:l,path:r,signal:e.signal,headers:{...this[B],host:e.host},servername:this[m]?.servername||k});if(o!==200){s.on("error",noop).destroy();t(new h(`Proxy response (${o}) !== 200 when HTTP Tunneling`))}if(e.protocol!=="https:"){t(null,s);return}let n;if(this[I]){n=this[I].servername}else{n=e.servername}this[w]({...e,servername:n,httpSocket:s},t)}catch(e){if(e.code==="ERR_TLS_CERT_ALTNAME_INVALID"){t(new E(e))}else{t(e)}}}})}dispatch(e,t){const r=buildHeaders(e.headers);throwIfProxyAuthIsSent(r);if(r&&!("host"in r)&&!("Host"in r)){const{host:t}=new a(e.origin);r.host=t}return this[Q].dispatch({...e,headers:r},t)}#h(e){if(typeof e==="string"){return new a(e)}else if(e instanceof a){return e}else{return new a(e.uri)}}async[o](){await this[Q].close();await this[f].close()}async[n](){await this[Q].destroy();await this[f].destroy()}}function buildHeaders(e){if(Array.isArray(e)){const t={};for(let r=0;r<e.length;r+=2){t[e[r]]=e[r+1]}return t}return e}function throwIfProxyAuthIsSent(e){const t=e&&Object.keys(e).find(e=>e.toLowerCase()==="proxy-authorization");if(t){throw new g("Proxy-Authorization should be sent in ProxyAgent constructor")}}e.exports=ProxyAgent},334:(e,t,r)=>{const s=r(3415);const o=r(4004);class RetryAgent extends s{#E=null;#d=null;constructor(e,t={}){super(t);this.#E=e;this.#d=t}dispatch(e,t){const r=new o({...e,retryOptions:this.#d},{dispatch:this.#E.dispatch.bind(this.#E),handler:t});return this.#E.dispatch(e,r)}close(){return this.#E.close()}destroy(){return this.#E.destroy()}}e.exports=RetryAgent},1481:(e,t,r)=>{const s=Symbol.for("undici.globalDispatcher.1");const{InvalidArgumentError:o}=r(3959);const n=r(1745);if(getGlobalDispatcher()===undefined){setGlobalDispatcher(new n)}function setGlobalDispatcher(e){if(!e||typeof e.dispatch!=="function"){throw new o("Argument agent must implement Agent")}Object.defineProperty(globalThis,s,{value:e,writable:true,enumerable:false,configurable:false})}function getGlobalDispatcher(){return globalThis[s]}e.exports={setGlobalDispatcher:setGlobalDispatcher,getGlobalDispatcher:getGlobalDispatcher}},9151:e=>{e.exports=class DecoratorHandler{#p;constructor(e){if(typeof e!=="object"||e===null){throw new TypeError("handler must be an object")}this.#p=e}onConnect(...e){return this.#p.onConnect?.(...e)}onError(...e){return this.#p.onError?.(...e)}onUpgrade(...e){return this.#p.onUpgrade?.(...e)}onResponseStarted(...e){return this.#p.onResponseStarted?.(...e)}onHeaders(...e){return this.#p.onHeaders?.(...e)}onData(...e){return this.#p.onData?.(...e)}onComplete(...e){return this.#p.onComplete?.(...e)}onBodySent(...e){return this.#p.onBodySent?.(...e)}}},7158:(e,t,r)=>{const s=r(9500);const{kBodyUsed:o}=r(8031);const n=r(4589);const{InvalidArgumentError:A}=r(3959);const i=r(8474);const a=[300,301,302,303,307,308];const c=Symbol("body");class BodyAsyncIterable{constructor(e){this[c]=e;this[o]=false}async*[Symbol.asyncIterator](){n(!this[o],"disturbed");this[o]=true;yield*this[c]}}class RedirectHandler{constructor(e,t,r,a){if(t!=null&&(!Number.isInteger(t)||t<0)){throw new A("maxRedirections must be a positive number")}s.validateHandler(a,r.method,r.upgrade);this.dispatch=e;this.location=null;this.abort=null;this.opts={...r,maxRedirections:0};this.maxRedirections=t;this.handler=a;this.history=[];this.redirectionLimitReached=false;if(s.isStream(this.opts.body)){if(s.bodyLength(this.opts.body)===0){this.opts.body.on("data",function(){n(false)})}if(typeof this.opts.body.readableDidRead!=="boolean"){this.opts.body[o]=false;i.prototype.on.call(this.opts.body,"data",function(){this[o]=true})}}else if(this.opts.body&&typeof this.opts.body.pipeTo==="function"){this.opts.body=new BodyAsyncIterable(this.opts.body)}else if(this.opts.body&&typeof this.opts.body!=="string"&&!ArrayBuffer.isView(this.opts.body)&&s.isIterable(this.opts.body)){this.opts.body=new BodyAsyncIterable(this.opts.body)}}onConnect(e){this.abort=e;this.handler.onConnect(e,{history:this.history})}onUpgrade(e,t,r){this.handler.onUpgrade(e,t,r)}onError(e){this.handler.onError(e)}onHeaders(e,t,r,o){this.location=this.history.length>=this.maxRedirections||s.isDisturbed(this.opts.body)?null:parseLocation(e,t);if(this.opts.throwOnMaxRedirect&&this.history.length>=this.maxRedirections){if(this.request){this.request.abort(new Error("max redirects"))}this.redirectionLimitReached=true;this.abort(new Error("max redirects"));return}if(this.opts.origin){this.history.push(new URL(this.opts.path,this.opts.origin))}if(!this.location){return this.handler.onHeaders(e,t,r,o)}const{origin:n,pathname:A,search:i}=s.parseURL(new URL(this.location,this.opts.origin&&new URL(this.opts.path,this.opts.origin)));const a=i?`${A}${i}`:A;this.opts.headers=cleanRequestHeaders(this.opts.headers,e===303,this.opts.origin!==n);this.opts.path=a;this.opts.origin=n;this.opts.maxRedirections=0;this.opts.query=null;if(e===303&&this.opts.method!=="HEAD"){this.opts.method="GET";this.opts.body=null}}onData(e){if(this.location){}else{return this.handler.onData(e)}}onComplete(e){if(this.location){this.location=null;this.abort=null;this.dispatch(this.opts,this)}else{this.handler.onComplete(e)}}onBodySent(e){if(this.handler.onBodySent){this.handler.onBodySent(e)}}}function parseLocation(e,t){if(a.indexOf(e)===-1){return null}for(let e=0;e<t.length;e+=2){if(t[e].length===8&&s.headerNameToString(t[e])==="location"){return t[e+1]}}}function shouldRemoveHeader(e,t,r){if(e.length===4){return s.headerNameToString(e)==="host"}if(t&&s.headerNameToString(e).startsWith("content-")){return true}if(r&&(e.length===13||e.length===6||e.length===19)){const t=s.headerNameToString(e);return t==="authorization"||t==="cookie"||t==="proxy-authorization"}return false}function cleanRequestHeaders(e,t,r){const s=[];if(Array.isArray(e)){for(let o=0;o<e.length;o+=2){if(!shouldRemoveHeader(e[o],t,r)){s.push(e[o],e[o+1])}}}else if(e&&typeof e==="object"){for(const o of Object.keys(e)){if(!shouldRemoveHeader(o,t,r)){s.push(o,e[o])}}}else{n(e==null,"headers must be an object or an array")}return s}e.exports=RedirectHandler},4004:(e,t,r)=>{const s=r(4589);const{kRetryHandlerDefaultRetry:o}=r(8031);const{RequestRetryError:n}=r(3959);const{isDisturbed:A,parseHeaders:i,parseRangeHeader:a,wrapRequestBody:c}=r(9500);function calculateRetryAfterHeader(e){const t=Date.now();return new Date(e).getTime()-t}function validatePartialResponseContentLength(e,t,r,s){const o=e["content-length"];if(o==null){return null}if(!Number.isFinite(t.start)||!Number.isFinite(t.end)){return null}const A=Number(o);const i=t.end-t.start+1;if(!Number.isFinite(A)||A!==i){return new n("Content-Length mismatch",r,{headers:e,data:{count:s}})}return null}class RetryHandler{constructor(e,t){const{retryOptions:r,...s}=e;const{retry:n,maxRetries:A,maxTimeout:i,minTimeout:a,timeoutFactor:l,methods:u,errorCodes:g,retryAfter:h,statusCodes:E}=r??{};this.dispatch=t.dispatch;this.handler=t.handler;this.opts={...s,body:c(e.body)};this.abort=null;this.aborted=false;this.retryOpts={retry:n??RetryHandler[o],retryAfter:h??true,maxTimeout:i??30*1e3,minTimeout:a??500,timeoutFactor:l??2,maxRetries:A??5,methods:u??["GET","HEAD","OPTIONS","PUT","DELETE","TRACE"],statusCodes:E??[500,502,503,504,429],errorCodes:g??["ECONNRESET","ECONNREFUSED","ENOTFOUND","ENETDOWN","ENETUNREACH","EHOSTDOWN","EHOSTUNREACH","EPIPE","UND_ERR_SOCKET"]};this.retryCount=0;this.retryCountCheckpoint=0;this.start=0;this.end=null;this.etag=null;this.resume=null;this.headersSent=false;this.handler.onConnect(e=>{this.aborted=true;if(this.abort){this.abort(e)}else{this.reason=e}})}checkpointResponseEnd(e,t){if(this.end==null&&this.opts.method!=="HEAD"){const t=e["content-length"];this.end=t!=null?Number(t)-1:null;s(this.end==null||Number.isFinite(this.end),"invalid content-length")}this.resume=this.end!=null?t:null}onRequestSent(){if(this.handler.onRequestSent){this.handler.onRequestSent()}}onUpgrade(e,t,r){if(this.handler.onUpgrade){this.handler.onUpgrade(e,t,r)}}onConnect(e){if(this.aborted){e(this.reason)}else{this.abort=e}}onBodySent(e){if(this.handler.onBodySent)return this.handler.onBodySent(e)}static[o](e,{state:t,opts:r},s){const{statusCode:o,code:n,headers:A}=e;const{method:i,retryOptions:a}=r;const{maxRetries:c,minTimeout:l,maxTimeout:u,timeoutFactor:g,statusCodes:h,errorCodes:E,methods:d}=a;const{counter:p}=t;if(n&&n!=="UND_ERR_REQ_RETRY"&&!E.includes(n)){s(e);return}if(Array.isArray(d)&&!d.includes(i)){s(e);return}if(o!=null&&Array.isArray(h)&&!h.includes(o)){s(e);return}if(p>c){s(e);return}let Q=A?.["retry-after"];if(Q){Q=Number(Q);Q=Number.isNaN(Q)?calculateRetryAfterHeader(Q):Q*1e3}const f=Q>0?Math.min(Q,u):Math.min(l*g**(p-1),u);setTimeout(()=>s(null),f)}onHeaders(e,t,r,o){const A=i(t);this.retryCount+=1;if(e>=300){if(!this.headersSent&&this.retryOpts.statusCodes.includes(e)===false){this.headersSent=true;this.checkpointResponseEnd(A,r);return this.handler.onHeaders(e,t,r,o)}else{this.abort(new n("Request failed",e,{headers:A,data:{count:this.retryCount}}));return false}}if(this.resume!=null){this.resume=null;if(e!==206&&(this.start>0||e!==200)){this.abort(new n("server does not support the range header and the payload was partially consumed",e,{headers:A,data:{count:this.retryCount}}));return false}const t=a(A["content-range"]);if(!t){this.abort(new n("Content-Range mismatch",e,{headers:A,data:{count:this.retryCount}}));return false}if(this.etag!=null&&this.etag!==A.etag){this.abort(new n("ETag mismatch",e,{headers:A,data:{count:this.retryCount}}));return false}const s=validatePartialResponseContentLength(A,t,e,this.retryCount);if(s!=null){this.abort(s);return false}const{start:o,size:i,end:c=i-1}=t;if(this.start!==o||this.end!=null&&this.end!==c){this.abort(new n("Content-Range mismatch",e,{headers:A,data:{count:this.retryCount}}));return false}this.resume=r;return true}if(this.end==null){if(e===206){const n=a(A["content-range"]);if(n==null){this.headersSent=true;return this.handler.onHeaders(e,t,r,o)}const i=validatePartialResponseContentLength(A,n,e,this.retryCount);if(i!=null){this.abort(i);return false}const{start:c,size:l,end:u=l-1}=n;s(c!=null&&Number.isFinite(c),"content-range mismatch");s(u!=null&&Number.isFinite(u),"invalid content-length");this.start=c;this.end=u}if(this.end==null){const e=A["content-length"];this.end=e!=null?Number(e)-1:null}s(Number.isFinite(this.start));s(this.end==null||Number.isFinite(this.end),"invalid content-length");this.resume=r;this.headersSent=true;this.etag=A.etag!=null?A.etag:null;if(this.etag!=null&&this.etag.startsWith("W/")){this.etag=null}return this.handler.onHeaders(e,t,r,o)}const c=new n("Request failed",e,{headers:A,data:{count:this.retryCount}});this.abort(c);return false}onData(e){this.start+=e.length;return this.handler.onData(e)}onComplete(e){this.retryCount=0;return this.handler.onComplete(e)}onError(e){if(this.aborted||A(this.opts.body)||this.headersSent&&this.resume==null){return this.handler.onError(e)}if(this.retryCount-this.retryCountCheckpoint>0){this.retryCount=this.retryCountCheckpoint+(this.retryCount-this.retryCountCheckpoint)}else{this.retryCount+=1}this.retryOpts.retry(e,{state:{counter:this.retryCount},opts:{retryOptions:this.retryOpts,...this.opts}},onRetry.bind(this));function onRetry(e){if(e!=null||this.aborted||A(this.opts.body)){return this.handler.onError(e)}if(this.start!==0){const e={range:`bytes=${this.start}-${this.end??""}`};if(this.etag!=null){e["if-match"]=this.etag}this.opts={...this.opts,headers:{...this.opts.headers,...e}}}try{this.retryCountCheckpoint=this.retryCount;this.dispatch(this.opts,this)}catch(e){this.handler.onError(e)}}}}e.exports=RetryHandler},4287:(e,t,r)=>{const{isIP:s}=r(7030);const{lookup:o}=r(610);const n=r(9151);const{InvalidArgumentError:A,InformationalError:i}=r(3959);const a=Math.pow(2,31)-1;class DNSInstance{#C=0;#Q=0;#f=new Map;dualStack=true;affinity=null;lookup=null;pick=null;constructor(e){this.#C=e.maxTTL;this.#Q=e.maxItems;this.dualStack=e.dualStack;this.affinity=e.affinity;this.lookup=e.lookup??this.#B;this.pick=e.pick??this.#I}get full(){return this.#f.size===this.#Q}runLookup(e,t,r){const s=this.#f.get(e.hostname);if(s==null&&this.full){r(null,e.origin);return}const o={affinity:this.affinity,dualStack:this.dualStack,lookup:this.lookup,pick:this.pick,...t.dns,maxTTL:this.#C,maxItems:this.#Q};if(s==null){this.lookup(e,o,(t,s)=>{if(t||s==null||s.length===0){r(t??new i("No DNS entries found"));return}this.setRecords(e,s);const n=this.#f.get(e.hostname);const A=this.pick(e,n,o.affinity);let a;if(typeof A.port==="number"){a=`:${A.port}`}else if(e.port!==""){a=`:${e.port}`}else{a=""}r(null,`${e.protocol}//${A.family===6?`[${A.address}]`:A.address}${a}`)})}else{const n=this.pick(e,s,o.affinity);if(n==null){this.#f.delete(e.hostname);this.runLookup(e,t,r);return}let A;if(typeof n.port==="number"){A=`:${n.port}`}else if(e.port!==""){A=`:${e.port}`}else{A=""}r(null,`${e.protocol}//${n.family===6?`[${n.address}]`:n.address}${A}`)}}#B(e,t,r){o(e.hostname,{all:true,family:this.dualStack===false?this.affinity:0,order:"ipv4first"},(e,t)=>{if(e){return r(e)}const s=new Map;for(const e of t){s.set(`${e.address}:${e.family}`,e)}r(null,s.values())})}#I(e,t,r){let s=null;const{records:o,offset:n}=t;let A;if(this.dualStack){if(r==null){if(n==null||n===a){t.offset=0;r=4}else{t.offset++;r=(t.offset&1)===1?6:4}}if(o[r]!=null&&o[r].ips.length>0){A=o[r]}else{A=o[r===4?6:4]}}else{A=o[r]}if(A==null||A.ips.length===0){return s}if(A.offset==null||A.offset===a){A.offset=0}else{A.offset++}const i=A.offset%A.ips.length;s=A.ips[i]??null;if(s==null){return s}if(Date.now()-s.timestamp>s.ttl){A.ips.splice(i,1);return this.pick(e,t,r)}return s}setRecords(e,t){const r=Date.now();const s={records:{4:null,6:null}};for(const e of t){e.timestamp=r;if(typeof e.ttl==="number"){e.ttl=Math.min(e.ttl,this.#C)}else{e.ttl=this.#C}const t=s.records[e.family]??{ips:[]};t.ips.push(e);s.records[e.family]=t}this.#f.set(e.hostname,s)}getHandler(e,t){return new DNSDispatchHandler(this,e,t)}}class DNSDispatchHandler extends n{#m=null;#A=null;#s=null;#p=null;#w=null;constructor(e,{origin:t,handler:r,dispatch:s},o){super(r);this.#w=t;this.#p=r;this.#A={...o};this.#m=e;this.#s=s}onError(e){switch(e.code){case"ETIMEDOUT":case"ECONNREFUSED":{if(this.#m.dualStack){this.#m.runLookup(this.#w,this.#A,(e,t)=>{if(e){return this.#p.onError(e)}const r={...this.#A,origin:t};this.#s(r,this)});return}this.#p.onError(e);return}case"ENOTFOUND":this.#m.deleteRecord(this.#w);default:this.#p.onError(e);break}}}e.exports=e=>{if(e?.maxTTL!=null&&(typeof e?.maxTTL!=="number"||e?.maxTTL<0)){throw new A("Invalid maxTTL. Must be a positive number")}if(e?.maxItems!=null&&(typeof e?.maxItems!=="number"||e?.maxItems<1)){throw new A("Invalid maxItems. Must be a positive number and greater than zero")}if(e?.affinity!=null&&e?.affinity!==4&&e?.affinity!==6){throw new A("Invalid affinity. Must be either 4 or 6")}if(e?.dualStack!=null&&typeof e?.dualStack!=="boolean"){throw new A("Invalid dualStack. Must be a boolean")}if(e?.lookup!=null&&typeof e?.lookup!=="function"){throw new A("Invalid lookup. Must be a function")}if(e?.pick!=null&&typeof e?.pick!=="function"){throw new A("Invalid pick. Must be a function")}const t=e?.dualStack??true;let r;if(t){r=e?.affinity??null}else{r=e?.affinity??4}const o={maxTTL:e?.maxTTL??1e4,lookup:e?.lookup??null,pick:e?.pick??null,dualStack:t,affinity:r,maxItems:e?.maxItems??Infinity};const n=new DNSInstance(o);return e=>function dnsInterceptor(t,r){const o=t.origin.constructor===URL?t.origin:new URL(t.origin);if(s(o.hostname)!==0){return e(t,r)}n.runLookup(o,t,(s,A)=>{if(s){return r.onError(s)}let i=null;i={...t,servername:o.hostname,origin:A,headers:{host:o.hostname,...t.headers}};e(i,n.getHandler({origin:o,dispatch:e,handler:r},t))});return true}}},5376:(e,t,r)=>{const s=r(9500);const{InvalidArgumentError:o,RequestAbortedError:n}=r(3959);const A=r(9151);class DumpHandler extends A{#y=1024*1024;#b=null;#k=false;#R=false;#D=0;#T=null;#p=null;constructor({maxSize:e},t){super(t);if(e!=null&&(!Number.isFinite(e)||e<1)){throw new o("maxSize must be a number greater than 0")}this.#y=e??this.#y;this.#p=t}onConnect(e){this.#b=e;this.#p.onConnect(this.#S.bind(this))}#S(e){this.#R=true;this.#T=e}onHeaders(e,t,r,o){const A=s.parseHeaders(t);const i=A["content-length"];if(i!=null&&i>this.#y){throw new n(`Response size (${i}) larger than maxSize (${this.#y})`)}if(this.#R){return true}return this.#p.onHeaders(e,t,r,o)}onError(e){if(this.#k){return}e=this.#T??e;this.#p.onError(e)}onData(e){this.#D=this.#D+e.length;if(this.#D>=this.#y){this.#k=true;if(this.#R){this.#p.onError(this.#T)}else{this.#p.onComplete([])}}return true}onComplete(e){if(this.#k){return}if(this.#R){this.#p.onError(this.reason);return}this.#p.onComplete(e)}}function createDumpInterceptor({maxSize:e}={maxSize:1024*1024}){return t=>function Intercept(r,s){const{dumpMaxSize:o=e}=r;const n=new DumpHandler({maxSize:o},s);return t(r,n)}}e.exports=createDumpInterceptor},1576:(e,t,r)=>{const s=r(7158);function createRedirectInterceptor({maxRedirections:e}){return t=>function Intercept(r,o){const{maxRedirections:n=e}=r;if(!n){return t(r,o)}const A=new s(t,n,r,o);r={...r,maxRedirections:0};return t(r,A)}}e.exports=createRedirectInterceptor},7734:(e,t,r)=>{const s=r(7158);e.exports=e=>{const t=e?.maxRedirections;return e=>function redirectInterceptor(r,o){const{maxRedirections:n=t,...A}=r;if(!n){return e(r,o)}const i=new s(e,n,r,o);return e(A,i)}}},5486:(e,t,r)=>{const s=r(4004);e.exports=e=>t=>function retryInterceptor(r,o){return t(r,new s({...r,retryOptions:{...e,...r.retryOptions}},{handler:o,dispatch:t}))}},748:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});t.SPECIAL_HEADERS=t.HEADER_STATE=t.MINOR=t.MAJOR=t.CONNECTION_TOKEN_CHARS=t.HEADER_CHARS=t.TOKEN=t.STRICT_TOKEN=t.HEX=t.URL_CHAR=t.STRICT_URL_CHAR=t.USERINFO_CHARS=t.MARK=t.ALPHANUM=t.NUM=t.HEX_MAP=t.NUM_MAP=t.ALPHA=t.FINISH=t.H_METHOD_MAP=t.METHOD_MAP=t.METHODS_RTSP=t.METHODS_ICE=t.METHODS_HTTP=t.METHODS=t.LENIENT_FLAGS=t.FLAGS=t.TYPE=t.ERROR=void 0;const s=r(4608);var o;(function(e){e[e["OK"]=0]="OK";e[e["INTERNAL"]=1]="INTERNAL";e[e["STRICT"]=2]="STRICT";e[e["LF_EXPECTED"]=3]="LF_EXPECTED";e[e["UNEXPECTED_CONTENT_LENGTH"]=4]="UNEXPECTED_CONTENT_LENGTH";e[e["CLOSED_CONNECTION"]=5]="CLOSED_CONNECTION";e[e["INVALID_METHOD"]=6]="INVALID_METHOD";e[e["INVALID_URL"]=7]="INVALID_URL";e[e["INVALID_CONSTANT"]=8]="INVALID_CONSTANT";e[e["INVALID_VERSION"]=9]="INVALID_VERSION";e[e["INVALID_HEADER_TOKEN"]=10]="INVALID_HEADER_TOKEN";e[e["INVALID_CONTENT_LENGTH"]=11]="INVALID_CONTENT_LENGTH";e[e["INVALID_CHUNK_SIZE"]=12]="INVALID_CHUNK_SIZE";e[e["INVALID_STATUS"]=13]="INVALID_STATUS";e[e["INVALID_EOF_STATE"]=14]="INVALID_EOF_STATE";e[e["INVALID_TRANSFER_ENCODING"]=15]="INVALID_TRANSFER_ENCODING";e[e["CB_MESSAGE_BEGIN"]=16]="CB_MESSAGE_BEGIN";e[e["CB_HEADERS_COMPLETE"]=17]="CB_HEADERS_COMPLETE";e[e["CB_MESSAGE_COMPLETE"]=18]="CB_MESSAGE_COMPLETE";e[e["CB_CHUNK_HEADER"]=19]="CB_CHUNK_HEADER";e[e["CB_CHUNK_COMPLETE"]=20]="CB_CHUNK_COMPLETE";e[e["PAUSED"]=21]="PAUSED";e[e["PAUSED_UPGRADE"]=22]="PAUSED_UPGRADE";e[e["PAUSED_H2_UPGRADE"]=23]="PAUSED_H2_UPGRADE";e[e["USER"]=24]="USER"})(o=t.ERROR||(t.ERROR={}));var n;(function(e){e[e["BOTH"]=0]="BOTH";e[e["REQUEST"]=1]="REQUEST";e[e["RESPONSE"]=2]="RESPONSE"})(n=t.TYPE||(t.TYPE={}));var A;(function(e){e[e["CONNECTION_KEEP_ALIVE"]=1]="CONNECTION_KEEP_ALIVE";e[e["CONNECTION_CLOSE"]=2]="CONNECTION_CLOSE";e[e["CONNECTION_UPGRADE"]=4]="CONNECTION_UPGRADE";e[e["CHUNKED"]=8]="CHUNKED";e[e["UPGRADE"]=16]="UPGRADE";e[e["CONTENT_LENGTH"]=32]="CONTENT_LENGTH";e[e["SKIPBODY"]=64]="SKIPBODY";e[e["TRAILING"]=128]="TRAILING";e[e["TRANSFER_ENCODING"]=512]="TRANSFER_ENCODING"})(A=t.FLAGS||(t.FLAGS={}));var i;(function(e){e[e["HEADERS"]=1]="HEADERS";e[e["CHUNKED_LENGTH"]=2]="CHUNKED_LENGTH";e[e["KEEP_ALIVE"]=4]="KEEP_ALIVE"})(i=t.LENIENT_FLAGS||(t.LENIENT_FLAGS={}));var a;(function(e){e[e["DELETE"]=0]="DELETE";e[e["GET"]=1]="GET";e[e["HEAD"]=2]="HEAD";e[e["POST"]=3]="POST";e[e["PUT"]=4]="PUT";e[e["CONNECT"]=5]="CONNECT";e[e["OPTIONS"]=6]="OPTIONS";e[e["TRACE"]=7]="TRACE";e[e["COPY"]=8]="COPY";e[e["LOCK"]=9]="LOCK";e[e["MKCOL"]=10]="MKCOL";e[e["MOVE"]=11]="MOVE";e[e["PROPFIND"]=12]="PROPFIND";e[e["PROPPATCH"]=13]="PROPPATCH";e[e["SEARCH"]=14]="SEARCH";e[e["UNLOCK"]=15]="UNLOCK";e[e["BIND"]=16]="BIND";e[e["REBIND"]=17]="REBIND";e[e["UNBIND"]=18]="UNBIND";e[e["ACL"]=19]="ACL";e[e["REPORT"]=20]="REPORT";e[e["MKACTIVITY"]=21]="MKACTIVITY";e[e["CHECKOUT"]=22]="CHECKOUT";e[e["MERGE"]=23]="MERGE";e[e["M-SEARCH"]=24]="M-SEARCH";e[e["NOTIFY"]=25]="NOTIFY";e[e["SUBSCRIBE"]=26]="SUBSCRIBE";e[e["UNSUBSCRIBE"]=27]="UNSUBSCRIBE";e[e["PATCH"]=28]="PATCH";e[e["PURGE"]=29]="PURGE";e[e["MKCALENDAR"]=30]="MKCALENDAR";e[e["LINK"]=31]="LINK";e[e["UNLINK"]=32]="UNLINK";e[e["SOURCE"]=33]="SOURCE";e[e["PRI"]=34]="PRI";e[e["DESCRIBE"]=35]="DESCRIBE";e[e["ANNOUNCE"]=36]="ANNOUNCE";e[e["SETUP"]=37]="SETUP";e[e["PLAY"]=38]="PLAY";e[e["PAUSE"]=39]="PAUSE";e[e["TEARDOWN"]=40]="TEARDOWN";e[e["GET_PARAMETER"]=41]="GET_PARAMETER";e[e["SET_PARAMETER"]=42]="SET_PARAMETER";e[e["REDIRECT"]=43]="REDIRECT";e[e["RECORD"]=44]="RECORD";e[e["FLUSH"]=45]="FLUSH"})(a=t.METHODS||(t.METHODS={}));t.METHODS_HTTP=[a.DELETE,a.GET,a.HEAD,a.POST,a.PUT,a.CONNECT,a.OPTIONS,a.TRACE,a.COPY,a.LOCK,a.MKCOL,a.MOVE,a.PROPFIND,a.PROPPATCH,a.SEARCH,a.UNLOCK,a.BIND,a.REBIND,a.UNBIND,a.ACL,a.REPORT,a.MKACTIVITY,a.CHECKOUT,a.MERGE,a["M-SEARCH"],a.NOTIFY,a.SUBSCRIBE,a.UNSUBSCRIBE,a.PATCH,a.PURGE,a.MKCALENDAR,a.LINK,a.UNLINK,a.PRI,a.SOURCE];t.METHODS_ICE=[a.SOURCE];t.METHODS_RTSP=[a.OPTIONS,a.DESCRIBE,a.ANNOUNCE,a.SETUP,a.PLAY,a.PAUSE,a.TEARDOWN,a.GET_PARAMETER,a.SET_PARAMETER,a.REDIRECT,a.RECORD,a.FLUSH,a.GET,a.POST];t.METHOD_MAP=s.enumToMap(a);t.H_METHOD_MAP={};Object.keys(t.METHOD_MAP).forEach(e=>{if(/^H/.test(e)){t.H_METHOD_MAP[e]=t.METHOD_MAP[e]}});var c;(function(e){e[e["SAFE"]=0]="SAFE";e[e["SAFE_WITH_CB"]=1]="SAFE_WITH_CB";e[e["UNSAFE"]=2]="UNSAFE"})(c=t.FINISH||(t.FINISH={}));t.ALPHA=[];for(let e="A".charCodeAt(0);e<="Z".charCodeAt(0);e++){t.ALPHA.push(String.fromCharCode(e));t.ALPHA.push(String.fromCharCode(e+32))}t.NUM_MAP={0:0,1:1,2:2,3:3,4:4,5:5,6:6,7:7,8:8,9:9};t.HEX_MAP={0:0,1:1,2:2,3:3,4:4,5:5,6:6,7:7,8:8,9:9,A:10,B:11,C:12,D:13,E:14,F:15,a:10,b:11,c:12,d:13,e:14,f:15};t.NUM=["0","1","2","3","4","5","6","7","8","9"];t.ALPHANUM=t.ALPHA.concat(t.NUM);t.MARK=["-","_",".","!","~","*","'","(",")"];t.USERINFO_CHARS=t.ALPHANUM.concat(t.MARK).concat(["%",";",":","&","=","+","$",","]);t.STRICT_URL_CHAR=["!",'"',"$","%","&","'","(",")","*","+",",","-",".","/",":",";","<","=",">","@","[","\\","]","^","_","`","{","|","}","~"].concat(t.ALPHANUM);t.URL_CHAR=t.STRICT_URL_CHAR.concat(["\t","\f"]);for(let e=128;e<=255;e++){t.URL_CHAR.push(e)}t.HEX=t.NUM.concat(["a","b","c","d","e","f","A","B","C","D","E","F"]);t.STRICT_TOKEN=["!","#","$","%","&","'","*","+","-",".","^","_","`","|","~"].concat(t.ALPHANUM);t.TOKEN=t.STRICT_TOKEN.concat([" "]);t.HEADER_CHARS=["\t"];for(let e=32;e<=255;e++){if(e!==127){t.HEADER_CHARS.push(e)}}t.CONNECTION_TOKEN_CHARS=t.HEADER_CHARS.filter(e=>e!==44);t.MAJOR=t.NUM_MAP;t.MINOR=t.MAJOR;var l;(function(e){e[e["GENERAL"]=0]="GENERAL";e[e["CONNECTION"]=1]="CONNECTION";e[e["CONTENT_LENGTH"]=2]="CONTENT_LENGTH";e[e["TRANSFER_ENCODING"]=3]="TRANSFER_ENCODING";e[e["UPGRADE"]=4]="UPGRADE";e[e["CONNECTION_KEEP_ALIVE"]=5]="CONNECTION_KEEP_ALIVE";e[e["CONNECTION_CLOSE"]=6]="CONNECTION_CLOSE";e[e["CONNECTION_UPGRADE"]=7]="CONNECTION_UPGRADE";e[e["TRANSFER_ENCODING_CHUNKED"]=8]="TRANSFER_ENCODING_CHUNKED"})(l=t.HEADER_STATE||(t.HEADER_STATE={}));t.SPECIAL_HEADERS={connection:l.CONNECTION,"content-length":l.CONTENT_LENGTH,"proxy-connection":l.CONNECTION,"transfer-encoding":l.TRANSFER_ENCODING,upgrade:l.UPGRADE}},3922:(e,t,r)=>{const{Buffer:s}=r(4573);e.exports=s.from("AGFzbQEAAAABJwdgAX8Bf2ADf39/AX9gAX8AYAJ/fwBgBH9/f38Bf2AAAGADf39/AALLAQgDZW52GHdhc21fb25faGVhZGVyc19jb21wbGV0ZQAEA2VudhV3YXNtX29uX21lc3NhZ2VfYmVnaW4AAANlbnYLd2FzbV9vbl91cmwAAQNlbnYOd2FzbV9vbl9zdGF0dXMAAQNlbnYUd2FzbV9vbl9oZWFkZXJfZmllbGQAAQNlbnYUd2FzbV9vbl9oZWFkZXJfdmFsdWUAAQNlbnYMd2FzbV9vbl9ib2R5AAEDZW52GHdhc21fb25fbWVzc2FnZV9jb21wbGV0ZQAAAy0sBQYAAAIAAAAAAAACAQIAAgICAAADAAAAAAMDAwMBAQEBAQEBAQEAAAIAAAAEBQFwARISBQMBAAIGCAF/AUGA1AQLB9EFIgZtZW1vcnkCAAtfaW5pdGlhbGl6ZQAIGV9faW5kaXJlY3RfZnVuY3Rpb25fdGFibGUBAAtsbGh0dHBfaW5pdAAJGGxsaHR0cF9zaG91bGRfa2VlcF9hbGl2ZQAvDGxsaHR0cF9hbGxvYwALBm1hbGxvYwAxC2xsaHR0cF9mcmVlAAwEZnJlZQAMD2xsaHR0cF9nZXRfdHlwZQANFWxsaHR0cF9nZXRfaHR0cF9tYWpvcgAOFWxsaHR0cF9nZXRfaHR0cF9taW5vcgAPEWxsaHR0cF9nZXRfbWV0aG9kABAWbGxodHRwX2dldF9zdGF0dXNfY29kZQAREmxsaHR0cF9nZXRfdXBncmFkZQASDGxsaHR0cF9yZXNldAATDmxsaHR0cF9leGVjdXRlABQUbGxodHRwX3NldHRpbmdzX2luaXQAFQ1sbGh0dHBfZmluaXNoABYMbGxodHRwX3BhdXNlABcNbGxodHRwX3Jlc3VtZQAYG2xsaHR0cF9yZXN1bWVfYWZ0ZXJfdXBncmFkZQAZEGxsaHR0cF9nZXRfZXJybm8AGhdsbGh0dHBfZ2V0X2Vycm9yX3JlYXNvbgAbF2xsaHR0cF9zZXRfZXJyb3JfcmVhc29uABwUbGxodHRwX2dldF9lcnJvcl9wb3MAHRFsbGh0dHBfZXJybm9fbmFtZQAeEmxsaHR0cF9tZXRob2RfbmFtZQAfEmxsaHR0cF9zdGF0dXNfbmFtZQAgGmxsaHR0cF9zZXRfbGVuaWVudF9oZWFkZXJzACEhbGxodHRwX3NldF9sZW5pZW50X2NodW5rZWRfbGVuZ3RoACIdbGxodHRwX3NldF9sZW5pZW50X2tlZXBfYWxpdmUAIyRsbGh0dHBfc2V0X2xlbmllbnRfdHJhbnNmZXJfZW5jb2RpbmcAJBhsbGh0dHBfbWVzc2FnZV9uZWVkc19lb2YALgkXAQBBAQsRAQIDBAUKBgcrLSwqKSglJyYK07MCLBYAQYjQACgCAARAAAtBiNAAQQE2AgALFAAgABAwIAAgAjYCOCAAIAE6ACgLFAAgACAALwEyIAAtAC4gABAvEAALHgEBf0HAABAyIgEQMCABQYAINgI4IAEgADoAKCABC48MAQd/AkAgAEUNACAAQQhrIgEgAEEEaygCACIAQXhxIgRqIQUCQCAAQQFxDQAgAEEDcUUNASABIAEoAgAiAGsiAUGc0AAoAgBJDQEgACAEaiEEAkACQEGg0AAoAgAgAUcEQCAAQf8BTQRAIABBA3YhAyABKAIIIgAgASgCDCICRgRAQYzQAEGM0AAoAgBBfiADd3E2AgAMBQsgAiAANgIIIAAgAjYCDAwECyABKAIYIQYgASABKAIMIgBHBEAgACABKAIIIgI2AgggAiAANgIMDAMLIAFBFGoiAygCACICRQRAIAEoAhAiAkUNAiABQRBqIQMLA0AgAyEHIAIiAEEUaiIDKAIAIgINACAAQRBqIQMgACgCECICDQALIAdBADYCAAwCCyAFKAIEIgBBA3FBA0cNAiAFIABBfnE2AgRBlNAAIAQ2AgAgBSAENgIAIAEgBEEBcjYCBAwDC0EAIQALIAZFDQACQCABKAIcIgJBAnRBvNIAaiIDKAIAIAFGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAZBEEEUIAYoAhAgAUYbaiAANgIAIABFDQELIAAgBjYCGCABKAIQIgIEQCAAIAI2AhAgAiAANgIYCyABQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAFTw0AIAUoAgQiAEEBcUUNAAJAAkACQAJAIABBAnFFBEBBpNAAKAIAIAVGBEBBpNAAIAE2AgBBmNAAQZjQACgCACAEaiIANgIAIAEgAEEBcjYCBCABQaDQACgCAEcNBkGU0ABBADYCAEGg0ABBADYCAAwGC0Gg0AAoAgAgBUYEQEGg0AAgATYCAEGU0ABBlNAAKAIAIARqIgA2AgAgASAAQQFyNgIEIAAgAWogADYCAAwGCyAAQXhxIARqIQQgAEH/AU0EQCAAQQN2IQMgBSgCCCIAIAUoAgwiAkYEQEGM0ABBjNAAKAIAQX4gA3dxNgIADAULIAIgADYCCCAAIAI2AgwMBAsgBSgCGCEGIAUgBSgCDCIARwRAQZzQACgCABogACAFKAIIIgI2AgggAiAANgIMDAMLIAVBFGoiAygCACICRQRAIAUoAhAiAkUNAiAFQRBqIQMLA0AgAyEHIAIiAEEUaiIDKAIAIgINACAAQRBqIQMgACgCECICDQALIAdBADYCAAwCCyAFIABBfnE2AgQgASAEaiAENgIAIAEgBEEBcjYCBAwDC0EAIQALIAZFDQACQCAFKAIcIgJBAnRBvNIAaiIDKAIAIAVGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAZBEEEUIAYoAhAgBUYbaiAANgIAIABFDQELIAAgBjYCGCAFKAIQIgIEQCAAIAI2AhAgAiAANgIYCyAFQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAEaiAENgIAIAEgBEEBcjYCBCABQaDQACgCAEcNAEGU0AAgBDYCAAwBCyAEQf8BTQRAIARBeHFBtNAAaiEAAn9BjNAAKAIAIgJBASAEQQN2dCIDcUUEQEGM0AAgAiADcjYCACAADAELIAAoAggLIgIgATYCDCAAIAE2AgggASAANgIMIAEgAjYCCAwBC0EfIQIgBEH///8HTQRAIARBJiAEQQh2ZyIAa3ZBAXEgAEEBdGtBPmohAgsgASACNgIcIAFCADcCECACQQJ0QbzSAGohAAJAQZDQACgCACIDQQEgAnQiB3FFBEAgACABNgIAQZDQACADIAdyNgIAIAEgADYCGCABIAE2AgggASABNgIMDAELIARBGSACQQF2a0EAIAJBH0cbdCECIAAoAgAhAAJAA0AgACIDKAIEQXhxIARGDQEgAkEddiEAIAJBAXQhAiADIABBBHFqQRBqIgcoAgAiAA0ACyAHIAE2AgAgASADNgIYIAEgATYCDCABIAE2AggMAQsgAygCCCIAIAE2AgwgAyABNgIIIAFBADYCGCABIAM2AgwgASAANgIIC0Gs0ABBrNAAKAIAQQFrIgBBfyAAGzYCAAsLBwAgAC0AKAsHACAALQAqCwcAIAAtACsLBwAgAC0AKQsHACAALwEyCwcAIAAtAC4LQAEEfyAAKAIYIQEgAC0ALSECIAAtACghAyAAKAI4IQQgABAwIAAgBDYCOCAAIAM6ACggACACOgAtIAAgATYCGAu74gECB38DfiABIAJqIQQCQCAAIgIoAgwiAA0AIAIoAgQEQCACIAE2AgQLIwBBEGsiCCQAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAIoAhwiA0EBaw7dAdoBAdkBAgMEBQYHCAkKCwwNDtgBDxDXARES1gETFBUWFxgZGhvgAd8BHB0e1QEfICEiIyQl1AEmJygpKiss0wHSAS0u0QHQAS8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RFRtsBR0hJSs8BzgFLzQFMzAFNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AAYEBggGDAYQBhQGGAYcBiAGJAYoBiwGMAY0BjgGPAZABkQGSAZMBlAGVAZYBlwGYAZkBmgGbAZwBnQGeAZ8BoAGhAaIBowGkAaUBpgGnAagBqQGqAasBrAGtAa4BrwGwAbEBsgGzAbQBtQG2AbcBywHKAbgByQG5AcgBugG7AbwBvQG+Ab8BwAHBAcIBwwHEAcUBxgEA3AELQQAMxgELQQ4MxQELQQ0MxAELQQ8MwwELQRAMwgELQRMMwQELQRQMwAELQRUMvwELQRYMvgELQRgMvQELQRkMvAELQRoMuwELQRsMugELQRwMuQELQR0MuAELQQgMtwELQR4MtgELQSAMtQELQR8MtAELQQcMswELQSEMsgELQSIMsQELQSMMsAELQSQMrwELQRIMrgELQREMrQELQSUMrAELQSYMqwELQScMqgELQSgMqQELQcMBDKgBC0EqDKcBC0ErDKYBC0EsDKUBC0EtDKQBC0EuDKMBC0EvDKIBC0HEAQyhAQtBMAygAQtBNAyfAQtBDAyeAQtBMQydAQtBMgycAQtBMwybAQtBOQyaAQtBNQyZAQtBxQEMmAELQQsMlwELQToMlgELQTYMlQELQQoMlAELQTcMkwELQTgMkgELQTwMkQELQTsMkAELQT0MjwELQQkMjgELQSkMjQELQT4MjAELQT8MiwELQcAADIoBC0HBAAyJAQtBwgAMiAELQcMADIcBC0HEAAyGAQtBxQAMhQELQcYADIQBC0EXDIMBC0HHAAyCAQtByAAMgQELQckADIABC0HKAAx/C0HLAAx+C0HNAAx9C0HMAAx8C0HOAAx7C0HPAAx6C0HQAAx5C0HRAAx4C0HSAAx3C0HTAAx2C0HUAAx1C0HWAAx0C0HVAAxzC0EGDHILQdcADHELQQUMcAtB2AAMbwtBBAxuC0HZAAxtC0HaAAxsC0HbAAxrC0HcAAxqC0EDDGkLQd0ADGgLQd4ADGcLQd8ADGYLQeEADGULQeAADGQLQeIADGMLQeMADGILQQIMYQtB5AAMYAtB5QAMXwtB5gAMXgtB5wAMXQtB6AAMXAtB6QAMWwtB6gAMWgtB6wAMWQtB7AAMWAtB7QAMVwtB7gAMVgtB7wAMVQtB8AAMVAtB8QAMUwtB8gAMUgtB8wAMUQtB9AAMUAtB9QAMTwtB9gAMTgtB9wAMTQtB+AAMTAtB+QAMSwtB+gAMSgtB+wAMSQtB/AAMSAtB/QAMRwtB/gAMRgtB/wAMRQtBgAEMRAtBgQEMQwtBggEMQgtBgwEMQQtBhAEMQAtBhQEMPwtBhgEMPgtBhwEMPQtBiAEMPAtBiQEMOwtBigEMOgtBiwEMOQtBjAEMOAtBjQEMNwtBjgEMNgtBjwEMNQtBkAEMNAtBkQEMMwtBkgEMMgtBkwEMMQtBlAEMMAtBlQEMLwtBlgEMLgtBlwEMLQtBmAEMLAtBmQEMKwtBmgEMKgtBmwEMKQtBnAEMKAtBnQEMJwtBngEMJgtBnwEMJQtBoAEMJAtBoQEMIwtBogEMIgtBowEMIQtBpAEMIAtBpQEMHwtBpgEMHgtBpwEMHQtBqAEMHAtBqQEMGwtBqgEMGgtBqwEMGQtBrAEMGAtBrQEMFwtBrgEMFgtBAQwVC0GvAQwUC0GwAQwTC0GxAQwSC0GzAQwRC0GyAQwQC0G0AQwPC0G1AQwOC0G2AQwNC0G3AQwMC0G4AQwLC0G5AQwKC0G6AQwJC0G7AQwIC0HGAQwHC0G8AQwGC0G9AQwFC0G+AQwEC0G/AQwDC0HAAQwCC0HCAQwBC0HBAQshAwNAAkACQAJAAkACQAJAAkACQAJAIAICfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAgJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCADDsYBAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHyAhIyUmKCorLC8wMTIzNDU2Nzk6Ozw9lANAQkRFRklLTk9QUVJTVFVWWFpbXF1eX2BhYmNkZWZnaGpsb3Bxc3V2eHl6e3x/gAGBAYIBgwGEAYUBhgGHAYgBiQGKAYsBjAGNAY4BjwGQAZEBkgGTAZQBlQGWAZcBmAGZAZoBmwGcAZ0BngGfAaABoQGiAaMBpAGlAaYBpwGoAakBqgGrAawBrQGuAa8BsAGxAbIBswG0AbUBtgG3AbgBuQG6AbsBvAG9Ab4BvwHAAcEBwgHDAcQBxQHGAccByAHJAcsBzAHNAc4BzwGKA4kDiAOHA4QDgwOAA/sC+gL5AvgC9wL0AvMC8gLLAsECsALZAQsgASAERw3wAkHdASEDDLMDCyABIARHDcgBQcMBIQMMsgMLIAEgBEcNe0H3ACEDDLEDCyABIARHDXBB7wAhAwywAwsgASAERw1pQeoAIQMMrwMLIAEgBEcNZUHoACEDDK4DCyABIARHDWJB5gAhAwytAwsgASAERw0aQRghAwysAwsgASAERw0VQRIhAwyrAwsgASAERw1CQcUAIQMMqgMLIAEgBEcNNEE/IQMMqQMLIAEgBEcNMkE8IQMMqAMLIAEgBEcNK0ExIQMMpwMLIAItAC5BAUYNnwMMwQILQQAhAAJAAkACQCACLQAqRQ0AIAItACtFDQAgAi8BMCIDQQJxRQ0BDAILIAIvATAiA0EBcUUNAQtBASEAIAItAChBAUYNACACLwEyIgVB5ABrQeQASQ0AIAVBzAFGDQAgBUGwAkYNACADQcAAcQ0AQQAhACADQYgEcUGABEYNACADQShxQQBHIQALIAJBADsBMCACQQA6AC8gAEUN3wIgAkIANwMgDOACC0EAIQACQCACKAI4IgNFDQAgAygCLCIDRQ0AIAIgAxEAACEACyAARQ3MASAAQRVHDd0CIAJBBDYCHCACIAE2AhQgAkGwGDYCECACQRU2AgxBACEDDKQDCyABIARGBEBBBiEDDKQDCyABQQFqIQFBACEAAkAgAigCOCIDRQ0AIAMoAlQiA0UNACACIAMRAAAhAAsgAA3ZAgwcCyACQgA3AyBBEiEDDIkDCyABIARHDRZBHSEDDKEDCyABIARHBEAgAUEBaiEBQRAhAwyIAwtBByEDDKADCyACIAIpAyAiCiAEIAFrrSILfSIMQgAgCiAMWhs3AyAgCiALWA3UAkEIIQMMnwMLIAEgBEcEQCACQQk2AgggAiABNgIEQRQhAwyGAwtBCSEDDJ4DCyACKQMgQgBSDccBIAIgAi8BMEGAAXI7ATAMQgsgASAERw0/QdAAIQMMnAMLIAEgBEYEQEELIQMMnAMLIAFBAWohAUEAIQACQCACKAI4IgNFDQAgAygCUCIDRQ0AIAIgAxEAACEACyAADc8CDMYBC0EAIQACQCACKAI4IgNFDQAgAygCSCIDRQ0AIAIgAxEAACEACyAARQ3GASAAQRVHDc0CIAJBCzYCHCACIAE2AhQgAkGCGTYCECACQRU2AgxBACEDDJoDC0EAIQACQCACKAI4IgNFDQAgAygCSCIDRQ0AIAIgAxEAACEACyAARQ0MIABBFUcNygIgAkEaNgIcIAIgATYCFCACQYIZNgIQIAJBFTYCDEEAIQMMmQMLQQAhAAJAIAIoAjgiA0UNACADKAJMIgNFDQAgAiADEQAAIQALIABFDcQBIABBFUcNxwIgAkELNgIcIAIgATYCFCACQZEXNgIQIAJBFTYCDEEAIQMMmAMLIAEgBEYEQEEPIQMMmAMLIAEtAAAiAEE7Rg0HIABBDUcNxAIgAUEBaiEBDMMBC0EAIQACQCACKAI4IgNFDQAgAygCTCIDRQ0AIAIgAxEAACEACyAARQ3DASAAQRVHDcICIAJBDzYCHCACIAE2AhQgAkGRFzYCECACQRU2AgxBACEDDJYDCwNAIAEtAABB8DVqLQAAIgBBAUcEQCAAQQJHDcECIAIoAgQhAEEAIQMgAkEANgIEIAIgACABQQFqIgEQLSIADcICDMUBCyAEIAFBAWoiAUcNAAtBEiEDDJUDC0EAIQACQCACKAI4IgNFDQAgAygCTCIDRQ0AIAIgAxEAACEACyAARQ3FASAAQRVHDb0CIAJBGzYCHCACIAE2AhQgAkGRFzYCECACQRU2AgxBACEDDJQDCyABIARGBEBBFiEDDJQDCyACQQo2AgggAiABNgIEQQAhAAJAIAIoAjgiA0UNACADKAJIIgNFDQAgAiADEQAAIQALIABFDcIBIABBFUcNuQIgAkEVNgIcIAIgATYCFCACQYIZNgIQIAJBFTYCDEEAIQMMkwMLIAEgBEcEQANAIAEtAABB8DdqLQAAIgBBAkcEQAJAIABBAWsOBMQCvQIAvgK9AgsgAUEBaiEBQQghAwz8AgsgBCABQQFqIgFHDQALQRUhAwyTAwtBFSEDDJIDCwNAIAEtAABB8DlqLQAAIgBBAkcEQCAAQQFrDgTFArcCwwK4ArcCCyAEIAFBAWoiAUcNAAtBGCEDDJEDCyABIARHBEAgAkELNgIIIAIgATYCBEEHIQMM+AILQRkhAwyQAwsgAUEBaiEBDAILIAEgBEYEQEEaIQMMjwMLAkAgAS0AAEENaw4UtQG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwEAvwELQQAhAyACQQA2AhwgAkGvCzYCECACQQI2AgwgAiABQQFqNgIUDI4DCyABIARGBEBBGyEDDI4DCyABLQAAIgBBO0cEQCAAQQ1HDbECIAFBAWohAQy6AQsgAUEBaiEBC0EiIQMM8wILIAEgBEYEQEEcIQMMjAMLQgAhCgJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AAEEwaw43wQLAAgABAgMEBQYH0AHQAdAB0AHQAdAB0AEICQoLDA3QAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdABDg8QERIT0AELQgIhCgzAAgtCAyEKDL8CC0IEIQoMvgILQgUhCgy9AgtCBiEKDLwCC0IHIQoMuwILQgghCgy6AgtCCSEKDLkCC0IKIQoMuAILQgshCgy3AgtCDCEKDLYCC0INIQoMtQILQg4hCgy0AgtCDyEKDLMCC0IKIQoMsgILQgshCgyxAgtCDCEKDLACC0INIQoMrwILQg4hCgyuAgtCDyEKDK0CC0IAIQoCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAEtAABBMGsON8ACvwIAAQIDBAUGB74CvgK+Ar4CvgK+Ar4CCAkKCwwNvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ag4PEBESE74CC0ICIQoMvwILQgMhCgy+AgtCBCEKDL0CC0IFIQoMvAILQgYhCgy7AgtCByEKDLoCC0IIIQoMuQILQgkhCgy4AgtCCiEKDLcCC0ILIQoMtgILQgwhCgy1AgtCDSEKDLQCC0IOIQoMswILQg8hCgyyAgtCCiEKDLECC0ILIQoMsAILQgwhCgyvAgtCDSEKDK4CC0IOIQoMrQILQg8hCgysAgsgAiACKQMgIgogBCABa60iC30iDEIAIAogDFobNwMgIAogC1gNpwJBHyEDDIkDCyABIARHBEAgAkEJNgIIIAIgATYCBEElIQMM8AILQSAhAwyIAwtBASEFIAIvATAiA0EIcUUEQCACKQMgQgBSIQULAkAgAi0ALgRAQQEhACACLQApQQVGDQEgA0HAAHFFIAVxRQ0BC0EAIQAgA0HAAHENAEECIQAgA0EIcQ0AIANBgARxBEACQCACLQAoQQFHDQAgAi0ALUEKcQ0AQQUhAAwCC0EEIQAMAQsgA0EgcUUEQAJAIAItAChBAUYNACACLwEyIgBB5ABrQeQASQ0AIABBzAFGDQAgAEGwAkYNAEEEIQAgA0EocUUNAiADQYgEcUGABEYNAgtBACEADAELQQBBAyACKQMgUBshAAsgAEEBaw4FvgIAsAEBpAKhAgtBESEDDO0CCyACQQE6AC8MhAMLIAEgBEcNnQJBJCEDDIQDCyABIARHDRxBxgAhAwyDAwtBACEAAkAgAigCOCIDRQ0AIAMoAkQiA0UNACACIAMRAAAhAAsgAEUNJyAAQRVHDZgCIAJB0AA2AhwgAiABNgIUIAJBkRg2AhAgAkEVNgIMQQAhAwyCAwsgASAERgRAQSghAwyCAwtBACEDIAJBADYCBCACQQw2AgggAiABIAEQKiIARQ2UAiACQSc2AhwgAiABNgIUIAIgADYCDAyBAwsgASAERgRAQSkhAwyBAwsgAS0AACIAQSBGDRMgAEEJRw2VAiABQQFqIQEMFAsgASAERwRAIAFBAWohAQwWC0EqIQMM/wILIAEgBEYEQEErIQMM/wILIAEtAAAiAEEJRyAAQSBHcQ2QAiACLQAsQQhHDd0CIAJBADoALAzdAgsgASAERgRAQSwhAwz+AgsgAS0AAEEKRw2OAiABQQFqIQEMsAELIAEgBEcNigJBLyEDDPwCCwNAIAEtAAAiAEEgRwRAIABBCmsOBIQCiAKIAoQChgILIAQgAUEBaiIBRw0AC0ExIQMM+wILQTIhAyABIARGDfoCIAIoAgAiACAEIAFraiEHIAEgAGtBA2ohBgJAA0AgAEHwO2otAAAgAS0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQEgAEEDRgRAQQYhAQziAgsgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAc2AgAM+wILIAJBADYCAAyGAgtBMyEDIAQgASIARg35AiAEIAFrIAIoAgAiAWohByAAIAFrQQhqIQYCQANAIAFB9DtqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBCEYEQEEFIQEM4QILIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADPoCCyACQQA2AgAgACEBDIUCC0E0IQMgBCABIgBGDfgCIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgJAA0AgAUHQwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBBUYEQEEHIQEM4AILIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADPkCCyACQQA2AgAgACEBDIQCCyABIARHBEADQCABLQAAQYA+ai0AACIAQQFHBEAgAEECRg0JDIECCyAEIAFBAWoiAUcNAAtBMCEDDPgCC0EwIQMM9wILIAEgBEcEQANAIAEtAAAiAEEgRwRAIABBCmsOBP8B/gH+Af8B/gELIAQgAUEBaiIBRw0AC0E4IQMM9wILQTghAwz2AgsDQCABLQAAIgBBIEcgAEEJR3EN9gEgBCABQQFqIgFHDQALQTwhAwz1AgsDQCABLQAAIgBBIEcEQAJAIABBCmsOBPkBBAT5AQALIABBLEYN9QEMAwsgBCABQQFqIgFHDQALQT8hAwz0AgtBwAAhAyABIARGDfMCIAIoAgAiACAEIAFraiEFIAEgAGtBBmohBgJAA0AgAEGAQGstAAAgAS0AAEEgckcNASAAQQZGDdsCIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPQCCyACQQA2AgALQTYhAwzZAgsgASAERgRAQcEAIQMM8gILIAJBDDYCCCACIAE2AgQgAi0ALEEBaw4E+wHuAewB6wHUAgsgAUEBaiEBDPoBCyABIARHBEADQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxIgBBCUYNACAAQSBGDQACQAJAAkACQCAAQeMAaw4TAAMDAwMDAwMBAwMDAwMDAwMDAgMLIAFBAWohAUExIQMM3AILIAFBAWohAUEyIQMM2wILIAFBAWohAUEzIQMM2gILDP4BCyAEIAFBAWoiAUcNAAtBNSEDDPACC0E1IQMM7wILIAEgBEcEQANAIAEtAABBgDxqLQAAQQFHDfcBIAQgAUEBaiIBRw0AC0E9IQMM7wILQT0hAwzuAgtBACEAAkAgAigCOCIDRQ0AIAMoAkAiA0UNACACIAMRAAAhAAsgAEUNASAAQRVHDeYBIAJBwgA2AhwgAiABNgIUIAJB4xg2AhAgAkEVNgIMQQAhAwztAgsgAUEBaiEBC0E8IQMM0gILIAEgBEYEQEHCACEDDOsCCwJAA0ACQCABLQAAQQlrDhgAAswCzALRAswCzALMAswCzALMAswCzALMAswCzALMAswCzALMAswCzALMAgDMAgsgBCABQQFqIgFHDQALQcIAIQMM6wILIAFBAWohASACLQAtQQFxRQ3+AQtBLCEDDNACCyABIARHDd4BQcQAIQMM6AILA0AgAS0AAEGQwABqLQAAQQFHDZwBIAQgAUEBaiIBRw0AC0HFACEDDOcCCyABLQAAIgBBIEYN/gEgAEE6Rw3AAiACKAIEIQBBACEDIAJBADYCBCACIAAgARApIgAN3gEM3QELQccAIQMgBCABIgBGDeUCIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgNAIAFBkMIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNvwIgAUEFRg3CAiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBzYCAAzlAgtByAAhAyAEIAEiAEYN5AIgBCABayACKAIAIgFqIQcgACABa0EJaiEGA0AgAUGWwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw2+AkECIAFBCUYNwgIaIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADOQCCyABIARGBEBByQAhAwzkAgsCQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxQe4Aaw4HAL8CvwK/Ar8CvwIBvwILIAFBAWohAUE+IQMMywILIAFBAWohAUE/IQMMygILQcoAIQMgBCABIgBGDeICIAQgAWsgAigCACIBaiEGIAAgAWtBAWohBwNAIAFBoMIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNvAIgAUEBRg2+AiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBjYCAAziAgtBywAhAyAEIAEiAEYN4QIgBCABayACKAIAIgFqIQcgACABa0EOaiEGA0AgAUGiwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw27AiABQQ5GDb4CIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADOECC0HMACEDIAQgASIARg3gAiAEIAFrIAIoAgAiAWohByAAIAFrQQ9qIQYDQCABQcDCAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDboCQQMgAUEPRg2+AhogAUEBaiEBIAQgAEEBaiIARw0ACyACIAc2AgAM4AILQc0AIQMgBCABIgBGDd8CIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgNAIAFB0MIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNuQJBBCABQQVGDb0CGiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBzYCAAzfAgsgASAERgRAQc4AIQMM3wILAkACQAJAAkAgAS0AACIAQSByIAAgAEHBAGtB/wFxQRpJG0H/AXFB4wBrDhMAvAK8ArwCvAK8ArwCvAK8ArwCvAK8ArwCAbwCvAK8AgIDvAILIAFBAWohAUHBACEDDMgCCyABQQFqIQFBwgAhAwzHAgsgAUEBaiEBQcMAIQMMxgILIAFBAWohAUHEACEDDMUCCyABIARHBEAgAkENNgIIIAIgATYCBEHFACEDDMUCC0HPACEDDN0CCwJAAkAgAS0AAEEKaw4EAZABkAEAkAELIAFBAWohAQtBKCEDDMMCCyABIARGBEBB0QAhAwzcAgsgAS0AAEEgRw0AIAFBAWohASACLQAtQQFxRQ3QAQtBFyEDDMECCyABIARHDcsBQdIAIQMM2QILQdMAIQMgASAERg3YAiACKAIAIgAgBCABa2ohBiABIABrQQFqIQUDQCABLQAAIABB1sIAai0AAEcNxwEgAEEBRg3KASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBjYCAAzYAgsgASAERgRAQdUAIQMM2AILIAEtAABBCkcNwgEgAUEBaiEBDMoBCyABIARGBEBB1gAhAwzXAgsCQAJAIAEtAABBCmsOBADDAcMBAcMBCyABQQFqIQEMygELIAFBAWohAUHKACEDDL0CC0EAIQACQCACKAI4IgNFDQAgAygCPCIDRQ0AIAIgAxEAACEACyAADb8BQc0AIQMMvAILIAItAClBIkYNzwIMiQELIAQgASIFRgRAQdsAIQMM1AILQQAhAEEBIQFBASEGQQAhAwJAAn8CQAJAAkACQAJAAkACQCAFLQAAQTBrDgrFAcQBAAECAwQFBgjDAQtBAgwGC0EDDAULQQQMBAtBBQwDC0EGDAILQQcMAQtBCAshA0EAIQFBACEGDL0BC0EJIQNBASEAQQAhAUEAIQYMvAELIAEgBEYEQEHdACEDDNMCCyABLQAAQS5HDbgBIAFBAWohAQyIAQsgASAERw22AUHfACEDDNECCyABIARHBEAgAkEONgIIIAIgATYCBEHQACEDDLgCC0HgACEDDNACC0HhACEDIAEgBEYNzwIgAigCACIAIAQgAWtqIQUgASAAa0EDaiEGA0AgAS0AACAAQeLCAGotAABHDbEBIABBA0YNswEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMzwILQeIAIQMgASAERg3OAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYDQCABLQAAIABB5sIAai0AAEcNsAEgAEECRg2vASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAzOAgtB4wAhAyABIARGDc0CIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgNAIAEtAAAgAEHpwgBqLQAARw2vASAAQQNGDa0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADM0CCyABIARGBEBB5QAhAwzNAgsgAUEBaiEBQQAhAAJAIAIoAjgiA0UNACADKAIwIgNFDQAgAiADEQAAIQALIAANqgFB1gAhAwyzAgsgASAERwRAA0AgAS0AACIAQSBHBEACQAJAAkAgAEHIAGsOCwABswGzAbMBswGzAbMBswGzAQKzAQsgAUEBaiEBQdIAIQMMtwILIAFBAWohAUHTACEDDLYCCyABQQFqIQFB1AAhAwy1AgsgBCABQQFqIgFHDQALQeQAIQMMzAILQeQAIQMMywILA0AgAS0AAEHwwgBqLQAAIgBBAUcEQCAAQQJrDgOnAaYBpQGkAQsgBCABQQFqIgFHDQALQeYAIQMMygILIAFBAWogASAERw0CGkHnACEDDMkCCwNAIAEtAABB8MQAai0AACIAQQFHBEACQCAAQQJrDgSiAaEBoAEAnwELQdcAIQMMsQILIAQgAUEBaiIBRw0AC0HoACEDDMgCCyABIARGBEBB6QAhAwzIAgsCQCABLQAAIgBBCmsOGrcBmwGbAbQBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBpAGbAZsBAJkBCyABQQFqCyEBQQYhAwytAgsDQCABLQAAQfDGAGotAABBAUcNfSAEIAFBAWoiAUcNAAtB6gAhAwzFAgsgAUEBaiABIARHDQIaQesAIQMMxAILIAEgBEYEQEHsACEDDMQCCyABQQFqDAELIAEgBEYEQEHtACEDDMMCCyABQQFqCyEBQQQhAwyoAgsgASAERgRAQe4AIQMMwQILAkACQAJAIAEtAABB8MgAai0AAEEBaw4HkAGPAY4BAHwBAo0BCyABQQFqIQEMCwsgAUEBagyTAQtBACEDIAJBADYCHCACQZsSNgIQIAJBBzYCDCACIAFBAWo2AhQMwAILAkADQCABLQAAQfDIAGotAAAiAEEERwRAAkACQCAAQQFrDgeUAZMBkgGNAQAEAY0BC0HaACEDDKoCCyABQQFqIQFB3AAhAwypAgsgBCABQQFqIgFHDQALQe8AIQMMwAILIAFBAWoMkQELIAQgASIARgRAQfAAIQMMvwILIAAtAABBL0cNASAAQQFqIQEMBwsgBCABIgBGBEBB8QAhAwy+AgsgAC0AACIBQS9GBEAgAEEBaiEBQd0AIQMMpQILIAFBCmsiA0EWSw0AIAAhAUEBIAN0QYmAgAJxDfkBC0EAIQMgAkEANgIcIAIgADYCFCACQYwcNgIQIAJBBzYCDAy8AgsgASAERwRAIAFBAWohAUHeACEDDKMCC0HyACEDDLsCCyABIARGBEBB9AAhAwy7AgsCQCABLQAAQfDMAGotAABBAWsOA/cBcwCCAQtB4QAhAwyhAgsgASAERwRAA0AgAS0AAEHwygBqLQAAIgBBA0cEQAJAIABBAWsOAvkBAIUBC0HfACEDDKMCCyAEIAFBAWoiAUcNAAtB8wAhAwy6AgtB8wAhAwy5AgsgASAERwRAIAJBDzYCCCACIAE2AgRB4AAhAwygAgtB9QAhAwy4AgsgASAERgRAQfYAIQMMuAILIAJBDzYCCCACIAE2AgQLQQMhAwydAgsDQCABLQAAQSBHDY4CIAQgAUEBaiIBRw0AC0H3ACEDDLUCCyABIARGBEBB+AAhAwy1AgsgAS0AAEEgRw16IAFBAWohAQxbC0EAIQACQCACKAI4IgNFDQAgAygCOCIDRQ0AIAIgAxEAACEACyAADXgMgAILIAEgBEYEQEH6ACEDDLMCCyABLQAAQcwARw10IAFBAWohAUETDHYLQfsAIQMgASAERg2xAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYDQCABLQAAIABB8M4Aai0AAEcNcyAAQQVGDXUgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMsQILIAEgBEYEQEH8ACEDDLECCwJAAkAgAS0AAEHDAGsODAB0dHR0dHR0dHR0AXQLIAFBAWohAUHmACEDDJgCCyABQQFqIQFB5wAhAwyXAgtB/QAhAyABIARGDa8CIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQe3PAGotAABHDXIgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADLACCyACQQA2AgAgBkEBaiEBQRAMcwtB/gAhAyABIARGDa4CIAIoAgAiACAEIAFraiEFIAEgAGtBBWohBgJAA0AgAS0AACAAQfbOAGotAABHDXEgAEEFRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADK8CCyACQQA2AgAgBkEBaiEBQRYMcgtB/wAhAyABIARGDa0CIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQfzOAGotAABHDXAgAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADK4CCyACQQA2AgAgBkEBaiEBQQUMcQsgASAERgRAQYABIQMMrQILIAEtAABB2QBHDW4gAUEBaiEBQQgMcAsgASAERgRAQYEBIQMMrAILAkACQCABLQAAQc4Aaw4DAG8BbwsgAUEBaiEBQesAIQMMkwILIAFBAWohAUHsACEDDJICCyABIARGBEBBggEhAwyrAgsCQAJAIAEtAABByABrDggAbm5ubm5uAW4LIAFBAWohAUHqACEDDJICCyABQQFqIQFB7QAhAwyRAgtBgwEhAyABIARGDakCIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQYDPAGotAABHDWwgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADKoCCyACQQA2AgAgBkEBaiEBQQAMbQtBhAEhAyABIARGDagCIAIoAgAiACAEIAFraiEFIAEgAGtBBGohBgJAA0AgAS0AACAAQYPPAGotAABHDWsgAEEERg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADKkCCyACQQA2AgAgBkEBaiEBQSMMbAsgASAERgRAQYUBIQMMqAILAkACQCABLQAAQcwAaw4IAGtra2trawFrCyABQQFqIQFB7wAhAwyPAgsgAUEBaiEBQfAAIQMMjgILIAEgBEYEQEGGASEDDKcCCyABLQAAQcUARw1oIAFBAWohAQxgC0GHASEDIAEgBEYNpQIgAigCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABBiM8Aai0AAEcNaCAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMpgILIAJBADYCACAGQQFqIQFBLQxpC0GIASEDIAEgBEYNpAIgAigCACIAIAQgAWtqIQUgASAAa0EIaiEGAkADQCABLQAAIABB0M8Aai0AAEcNZyAAQQhGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMpQILIAJBADYCACAGQQFqIQFBKQxoCyABIARGBEBBiQEhAwykAgtBASABLQAAQd8ARw1nGiABQQFqIQEMXgtBigEhAyABIARGDaICIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgNAIAEtAAAgAEGMzwBqLQAARw1kIABBAUYN+gEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMogILQYsBIQMgASAERg2hAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGOzwBqLQAARw1kIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyiAgsgAkEANgIAIAZBAWohAUECDGULQYwBIQMgASAERg2gAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHwzwBqLQAARw1jIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyhAgsgAkEANgIAIAZBAWohAUEfDGQLQY0BIQMgASAERg2fAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHyzwBqLQAARw1iIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAygAgsgAkEANgIAIAZBAWohAUEJDGMLIAEgBEYEQEGOASEDDJ8CCwJAAkAgAS0AAEHJAGsOBwBiYmJiYgFiCyABQQFqIQFB+AAhAwyGAgsgAUEBaiEBQfkAIQMMhQILQY8BIQMgASAERg2dAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGRzwBqLQAARw1gIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyeAgsgAkEANgIAIAZBAWohAUEYDGELQZABIQMgASAERg2cAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGXzwBqLQAARw1fIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAydAgsgAkEANgIAIAZBAWohAUEXDGALQZEBIQMgASAERg2bAiACKAIAIgAgBCABa2ohBSABIABrQQZqIQYCQANAIAEtAAAgAEGazwBqLQAARw1eIABBBkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAycAgsgAkEANgIAIAZBAWohAUEVDF8LQZIBIQMgASAERg2aAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGhzwBqLQAARw1dIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAybAgsgAkEANgIAIAZBAWohAUEeDF4LIAEgBEYEQEGTASEDDJoCCyABLQAAQcwARw1bIAFBAWohAUEKDF0LIAEgBEYEQEGUASEDDJkCCwJAAkAgAS0AAEHBAGsODwBcXFxcXFxcXFxcXFxcAVwLIAFBAWohAUH+ACEDDIACCyABQQFqIQFB/wAhAwz/AQsgASAERgRAQZUBIQMMmAILAkACQCABLQAAQcEAaw4DAFsBWwsgAUEBaiEBQf0AIQMM/wELIAFBAWohAUGAASEDDP4BC0GWASEDIAEgBEYNlgIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBp88Aai0AAEcNWSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlwILIAJBADYCACAGQQFqIQFBCwxaCyABIARGBEBBlwEhAwyWAgsCQAJAAkACQCABLQAAQS1rDiMAW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1sBW1tbW1sCW1tbA1sLIAFBAWohAUH7ACEDDP8BCyABQQFqIQFB/AAhAwz+AQsgAUEBaiEBQYEBIQMM/QELIAFBAWohAUGCASEDDPwBC0GYASEDIAEgBEYNlAIgAigCACIAIAQgAWtqIQUgASAAa0EEaiEGAkADQCABLQAAIABBqc8Aai0AAEcNVyAAQQRGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlQILIAJBADYCACAGQQFqIQFBGQxYC0GZASEDIAEgBEYNkwIgAigCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABBrs8Aai0AAEcNViAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlAILIAJBADYCACAGQQFqIQFBBgxXC0GaASEDIAEgBEYNkgIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBtM8Aai0AAEcNVSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMkwILIAJBADYCACAGQQFqIQFBHAxWC0GbASEDIAEgBEYNkQIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBts8Aai0AAEcNVCAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMkgILIAJBADYCACAGQQFqIQFBJwxVCyABIARGBEBBnAEhAwyRAgsCQAJAIAEtAABB1ABrDgIAAVQLIAFBAWohAUGGASEDDPgBCyABQQFqIQFBhwEhAwz3AQtBnQEhAyABIARGDY8CIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQbjPAGotAABHDVIgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADJACCyACQQA2AgAgBkEBaiEBQSYMUwtBngEhAyABIARGDY4CIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQbrPAGotAABHDVEgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI8CCyACQQA2AgAgBkEBaiEBQQMMUgtBnwEhAyABIARGDY0CIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQe3PAGotAABHDVAgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI4CCyACQQA2AgAgBkEBaiEBQQwMUQtBoAEhAyABIARGDYwCIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQbzPAGotAABHDU8gAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI0CCyACQQA2AgAgBkEBaiEBQQ0MUAsgASAERgRAQaEBIQMMjAILAkACQCABLQAAQcYAaw4LAE9PT09PT09PTwFPCyABQQFqIQFBiwEhAwzzAQsgAUEBaiEBQYwBIQMM8gELIAEgBEYEQEGiASEDDIsCCyABLQAAQdAARw1MIAFBAWohAQxGCyABIARGBEBBowEhAwyKAgsCQAJAIAEtAABByQBrDgcBTU1NTU0ATQsgAUEBaiEBQY4BIQMM8QELIAFBAWohAUEiDE0LQaQBIQMgASAERg2IAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHAzwBqLQAARw1LIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyJAgsgAkEANgIAIAZBAWohAUEdDEwLIAEgBEYEQEGlASEDDIgCCwJAAkAgAS0AAEHSAGsOAwBLAUsLIAFBAWohAUGQASEDDO8BCyABQQFqIQFBBAxLCyABIARGBEBBpgEhAwyHAgsCQAJAAkACQAJAIAEtAABBwQBrDhUATU1NTU1NTU1NTQFNTQJNTQNNTQRNCyABQQFqIQFBiAEhAwzxAQsgAUEBaiEBQYkBIQMM8AELIAFBAWohAUGKASEDDO8BCyABQQFqIQFBjwEhAwzuAQsgAUEBaiEBQZEBIQMM7QELQacBIQMgASAERg2FAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHtzwBqLQAARw1IIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyGAgsgAkEANgIAIAZBAWohAUERDEkLQagBIQMgASAERg2EAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHCzwBqLQAARw1HIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyFAgsgAkEANgIAIAZBAWohAUEsDEgLQakBIQMgASAERg2DAiACKAIAIgAgBCABa2ohBSABIABrQQRqIQYCQANAIAEtAAAgAEHFzwBqLQAARw1GIABBBEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyEAgsgAkEANgIAIAZBAWohAUErDEcLQaoBIQMgASAERg2CAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHKzwBqLQAARw1FIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyDAgsgAkEANgIAIAZBAWohAUEUDEYLIAEgBEYEQEGrASEDDIICCwJAAkACQAJAIAEtAABBwgBrDg8AAQJHR0dHR0dHR0dHRwNHCyABQQFqIQFBkwEhAwzrAQsgAUEBaiEBQZQBIQMM6gELIAFBAWohAUGVASEDDOkBCyABQQFqIQFBlgEhAwzoAQsgASAERgRAQawBIQMMgQILIAEtAABBxQBHDUIgAUEBaiEBDD0LQa0BIQMgASAERg3/ASACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHNzwBqLQAARw1CIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyAAgsgAkEANgIAIAZBAWohAUEODEMLIAEgBEYEQEGuASEDDP8BCyABLQAAQdAARw1AIAFBAWohAUElDEILQa8BIQMgASAERg39ASACKAIAIgAgBCABa2ohBSABIABrQQhqIQYCQANAIAEtAAAgAEHQzwBqLQAARw1AIABBCEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz+AQsgAkEANgIAIAZBAWohAUEqDEELIAEgBEYEQEGwASEDDP0BCwJAAkAgAS0AAEHVAGsOCwBAQEBAQEBAQEABQAsgAUEBaiEBQZoBIQMM5AELIAFBAWohAUGbASEDDOMBCyABIARGBEBBsQEhAwz8AQsCQAJAIAEtAABBwQBrDhQAPz8/Pz8/Pz8/Pz8/Pz8/Pz8/AT8LIAFBAWohAUGZASEDDOMBCyABQQFqIQFBnAEhAwziAQtBsgEhAyABIARGDfoBIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQdnPAGotAABHDT0gAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPsBCyACQQA2AgAgBkEBaiEBQSEMPgtBswEhAyABIARGDfkBIAIoAgAiACAEIAFraiEFIAEgAGtBBmohBgJAA0AgAS0AACAAQd3PAGotAABHDTwgAEEGRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPoBCyACQQA2AgAgBkEBaiEBQRoMPQsgASAERgRAQbQBIQMM+QELAkACQAJAIAEtAABBxQBrDhEAPT09PT09PT09AT09PT09Aj0LIAFBAWohAUGdASEDDOEBCyABQQFqIQFBngEhAwzgAQsgAUEBaiEBQZ8BIQMM3wELQbUBIQMgASAERg33ASACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEHkzwBqLQAARw06IABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz4AQsgAkEANgIAIAZBAWohAUEoDDsLQbYBIQMgASAERg32ASACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHqzwBqLQAARw05IABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz3AQsgAkEANgIAIAZBAWohAUEHDDoLIAEgBEYEQEG3ASEDDPYBCwJAAkAgAS0AAEHFAGsODgA5OTk5OTk5OTk5OTkBOQsgAUEBaiEBQaEBIQMM3QELIAFBAWohAUGiASEDDNwBC0G4ASEDIAEgBEYN9AEgAigCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABB7c8Aai0AAEcNNyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM9QELIAJBADYCACAGQQFqIQFBEgw4C0G5ASEDIAEgBEYN8wEgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB8M8Aai0AAEcNNiAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM9AELIAJBADYCACAGQQFqIQFBIAw3C0G6ASEDIAEgBEYN8gEgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB8s8Aai0AAEcNNSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM8wELIAJBADYCACAGQQFqIQFBDww2CyABIARGBEBBuwEhAwzyAQsCQAJAIAEtAABByQBrDgcANTU1NTUBNQsgAUEBaiEBQaUBIQMM2QELIAFBAWohAUGmASEDDNgBC0G8ASEDIAEgBEYN8AEgAigCACIAIAQgAWtqIQUgASAAa0EHaiEGAkADQCABLQAAIABB9M8Aai0AAEcNMyAAQQdGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM8QELIAJBADYCACAGQQFqIQFBGww0CyABIARGBEBBvQEhAwzwAQsCQAJAAkAgAS0AAEHCAGsOEgA0NDQ0NDQ0NDQBNDQ0NDQ0AjQLIAFBAWohAUGkASEDDNgBCyABQQFqIQFBpwEhAwzXAQsgAUEBaiEBQagBIQMM1gELIAEgBEYEQEG+ASEDDO8BCyABLQAAQc4ARw0wIAFBAWohAQwsCyABIARGBEBBvwEhAwzuAQsCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCABLQAAQcEAaw4VAAECAz8EBQY/Pz8HCAkKCz8MDQ4PPwsgAUEBaiEBQegAIQMM4wELIAFBAWohAUHpACEDDOIBCyABQQFqIQFB7gAhAwzhAQsgAUEBaiEBQfIAIQMM4AELIAFBAWohAUHzACEDDN8BCyABQQFqIQFB9gAhAwzeAQsgAUEBaiEBQfcAIQMM3QELIAFBAWohAUH6ACEDDNwBCyABQQFqIQFBgwEhAwzbAQsgAUEBaiEBQYQBIQMM2gELIAFBAWohAUGFASEDDNkBCyABQQFqIQFBkgEhAwzYAQsgAUEBaiEBQZgBIQMM1wELIAFBAWohAUGgASEDDNYBCyABQQFqIQFBowEhAwzVAQsgAUEBaiEBQaoBIQMM1AELIAEgBEcEQCACQRA2AgggAiABNgIEQasBIQMM1AELQcABIQMM7AELQQAhAAJAIAIoAjgiA0UNACADKAI0IgNFDQAgAiADEQAAIQALIABFDV4gAEEVRw0HIAJB0QA2AhwgAiABNgIUIAJBsBc2AhAgAkEVNgIMQQAhAwzrAQsgAUEBaiABIARHDQgaQcIBIQMM6gELA0ACQCABLQAAQQprDgQIAAALAAsgBCABQQFqIgFHDQALQcMBIQMM6QELIAEgBEcEQCACQRE2AgggAiABNgIEQQEhAwzQAQtBxAEhAwzoAQsgASAERgRAQcUBIQMM6AELAkACQCABLQAAQQprDgQBKCgAKAsgAUEBagwJCyABQQFqDAULIAEgBEYEQEHGASEDDOcBCwJAAkAgAS0AAEEKaw4XAQsLAQsLCwsLCwsLCwsLCwsLCwsLCwALCyABQQFqIQELQbABIQMMzQELIAEgBEYEQEHIASEDDOYBCyABLQAAQSBHDQkgAkEAOwEyIAFBAWohAUGzASEDDMwBCwNAIAEhAAJAIAEgBEcEQCABLQAAQTBrQf8BcSIDQQpJDQEMJwtBxwEhAwzmAQsCQCACLwEyIgFBmTNLDQAgAiABQQpsIgU7ATIgBUH+/wNxIANB//8Dc0sNACAAQQFqIQEgAiADIAVqIgM7ATIgA0H//wNxQegHSQ0BCwtBACEDIAJBADYCHCACQcEJNgIQIAJBDTYCDCACIABBAWo2AhQM5AELIAJBADYCHCACIAE2AhQgAkHwDDYCECACQRs2AgxBACEDDOMBCyACKAIEIQAgAkEANgIEIAIgACABECYiAA0BIAFBAWoLIQFBrQEhAwzIAQsgAkHBATYCHCACIAA2AgwgAiABQQFqNgIUQQAhAwzgAQsgAigCBCEAIAJBADYCBCACIAAgARAmIgANASABQQFqCyEBQa4BIQMMxQELIAJBwgE2AhwgAiAANgIMIAIgAUEBajYCFEEAIQMM3QELIAJBADYCHCACIAE2AhQgAkGXCzYCECACQQ02AgxBACEDDNwBCyACQQA2AhwgAiABNgIUIAJB4xA2AhAgAkEJNgIMQQAhAwzbAQsgAkECOgAoDKwBC0EAIQMgAkEANgIcIAJBrws2AhAgAkECNgIMIAIgAUEBajYCFAzZAQtBAiEDDL8BC0ENIQMMvgELQSYhAwy9AQtBFSEDDLwBC0EWIQMMuwELQRghAwy6AQtBHCEDDLkBC0EdIQMMuAELQSAhAwy3AQtBISEDDLYBC0EjIQMMtQELQcYAIQMMtAELQS4hAwyzAQtBPSEDDLIBC0HLACEDDLEBC0HOACEDDLABC0HYACEDDK8BC0HZACEDDK4BC0HbACEDDK0BC0HxACEDDKwBC0H0ACEDDKsBC0GNASEDDKoBC0GXASEDDKkBC0GpASEDDKgBC0GvASEDDKcBC0GxASEDDKYBCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJB8Rs2AhAgAkEGNgIMDL0BCyACQQA2AgAgBkEBaiEBQSQLOgApIAIoAgQhACACQQA2AgQgAiAAIAEQJyIARQRAQeUAIQMMowELIAJB+QA2AhwgAiABNgIUIAIgADYCDEEAIQMMuwELIABBFUcEQCACQQA2AhwgAiABNgIUIAJBzA42AhAgAkEgNgIMQQAhAwy7AQsgAkH4ADYCHCACIAE2AhQgAkHKGDYCECACQRU2AgxBACEDDLoBCyACQQA2AhwgAiABNgIUIAJBjhs2AhAgAkEGNgIMQQAhAwy5AQsgAkEANgIcIAIgATYCFCACQf4RNgIQIAJBBzYCDEEAIQMMuAELIAJBADYCHCACIAE2AhQgAkGMHDYCECACQQc2AgxBACEDDLcBCyACQQA2AhwgAiABNgIUIAJBww82AhAgAkEHNgIMQQAhAwy2AQsgAkEANgIcIAIgATYCFCACQcMPNgIQIAJBBzYCDEEAIQMMtQELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0RIAJB5QA2AhwgAiABNgIUIAIgADYCDEEAIQMMtAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0gIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMswELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0iIAJB0gA2AhwgAiABNgIUIAIgADYCDEEAIQMMsgELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0OIAJB5QA2AhwgAiABNgIUIAIgADYCDEEAIQMMsQELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0dIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMsAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0fIAJB0gA2AhwgAiABNgIUIAIgADYCDEEAIQMMrwELIABBP0cNASABQQFqCyEBQQUhAwyUAQtBACEDIAJBADYCHCACIAE2AhQgAkH9EjYCECACQQc2AgwMrAELIAJBADYCHCACIAE2AhQgAkHcCDYCECACQQc2AgxBACEDDKsBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNByACQeUANgIcIAIgATYCFCACIAA2AgxBACEDDKoBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNFiACQdMANgIcIAIgATYCFCACIAA2AgxBACEDDKkBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNGCACQdIANgIcIAIgATYCFCACIAA2AgxBACEDDKgBCyACQQA2AhwgAiABNgIUIAJBxgo2AhAgAkEHNgIMQQAhAwynAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDQMgAkHlADYCHCACIAE2AhQgAiAANgIMQQAhAwymAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDRIgAkHTADYCHCACIAE2AhQgAiAANgIMQQAhAwylAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDRQgAkHSADYCHCACIAE2AhQgAiAANgIMQQAhAwykAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDQAgAkHlADYCHCACIAE2AhQgAiAANgIMQQAhAwyjAQtB1QAhAwyJAQsgAEEVRwRAIAJBADYCHCACIAE2AhQgAkG5DTYCECACQRo2AgxBACEDDKIBCyACQeQANgIcIAIgATYCFCACQeMXNgIQIAJBFTYCDEEAIQMMoQELIAJBADYCACAGQQFqIQEgAi0AKSIAQSNrQQtJDQQCQCAAQQZLDQBBASAAdEHKAHFFDQAMBQtBACEDIAJBADYCHCACIAE2AhQgAkH3CTYCECACQQg2AgwMoAELIAJBADYCACAGQQFqIQEgAi0AKUEhRg0DIAJBADYCHCACIAE2AhQgAkGbCjYCECACQQg2AgxBACEDDJ8BCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJBkDM2AhAgAkEINgIMDJ0BCyACQQA2AgAgBkEBaiEBIAItAClBI0kNACACQQA2AhwgAiABNgIUIAJB0wk2AhAgAkEINgIMQQAhAwycAQtB0QAhAwyCAQsgAS0AAEEwayIAQf8BcUEKSQRAIAIgADoAKiABQQFqIQFBzwAhAwyCAQsgAigCBCEAIAJBADYCBCACIAAgARAoIgBFDYYBIAJB3gA2AhwgAiABNgIUIAIgADYCDEEAIQMMmgELIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ2GASACQdwANgIcIAIgATYCFCACIAA2AgxBACEDDJkBCyACKAIEIQAgAkEANgIEIAIgACAFECgiAEUEQCAFIQEMhwELIAJB2gA2AhwgAiAFNgIUIAIgADYCDAyYAQtBACEBQQEhAwsgAiADOgArIAVBAWohAwJAAkACQCACLQAtQRBxDQACQAJAAkAgAi0AKg4DAQACBAsgBkUNAwwCCyAADQEMAgsgAUUNAQsgAigCBCEAIAJBADYCBCACIAAgAxAoIgBFBEAgAyEBDAILIAJB2AA2AhwgAiADNgIUIAIgADYCDEEAIQMMmAELIAIoAgQhACACQQA2AgQgAiAAIAMQKCIARQRAIAMhAQyHAQsgAkHZADYCHCACIAM2AhQgAiAANgIMQQAhAwyXAQtBzAAhAwx9CyAAQRVHBEAgAkEANgIcIAIgATYCFCACQZQNNgIQIAJBITYCDEEAIQMMlgELIAJB1wA2AhwgAiABNgIUIAJByRc2AhAgAkEVNgIMQQAhAwyVAQtBACEDIAJBADYCHCACIAE2AhQgAkGAETYCECACQQk2AgwMlAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0AIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMkwELQckAIQMMeQsgAkEANgIcIAIgATYCFCACQcEoNgIQIAJBBzYCDCACQQA2AgBBACEDDJEBCyACKAIEIQBBACEDIAJBADYCBCACIAAgARAlIgBFDQAgAkHSADYCHCACIAE2AhQgAiAANgIMDJABC0HIACEDDHYLIAJBADYCACAFIQELIAJBgBI7ASogAUEBaiEBQQAhAAJAIAIoAjgiA0UNACADKAIwIgNFDQAgAiADEQAAIQALIAANAQtBxwAhAwxzCyAAQRVGBEAgAkHRADYCHCACIAE2AhQgAkHjFzYCECACQRU2AgxBACEDDIwBC0EAIQMgAkEANgIcIAIgATYCFCACQbkNNgIQIAJBGjYCDAyLAQtBACEDIAJBADYCHCACIAE2AhQgAkGgGTYCECACQR42AgwMigELIAEtAABBOkYEQCACKAIEIQBBACEDIAJBADYCBCACIAAgARApIgBFDQEgAkHDADYCHCACIAA2AgwgAiABQQFqNgIUDIoBC0EAIQMgAkEANgIcIAIgATYCFCACQbERNgIQIAJBCjYCDAyJAQsgAUEBaiEBQTshAwxvCyACQcMANgIcIAIgADYCDCACIAFBAWo2AhQMhwELQQAhAyACQQA2AhwgAiABNgIUIAJB8A42AhAgAkEcNgIMDIYBCyACIAIvATBBEHI7ATAMZgsCQCACLwEwIgBBCHFFDQAgAi0AKEEBRw0AIAItAC1BCHFFDQMLIAIgAEH3+wNxQYAEcjsBMAwECyABIARHBEACQANAIAEtAABBMGsiAEH/AXFBCk8EQEE1IQMMbgsgAikDICIKQpmz5syZs+bMGVYNASACIApCCn4iCjcDICAKIACtQv8BgyILQn+FVg0BIAIgCiALfDcDICAEIAFBAWoiAUcNAAtBOSEDDIUBCyACKAIEIQBBACEDIAJBADYCBCACIAAgAUEBaiIBECoiAA0MDHcLQTkhAwyDAQsgAi0AMEEgcQ0GQcUBIQMMaQtBACEDIAJBADYCBCACIAEgARAqIgBFDQQgAkE6NgIcIAIgADYCDCACIAFBAWo2AhQMgQELIAItAChBAUcNACACLQAtQQhxRQ0BC0E3IQMMZgsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIABEAgAkE7NgIcIAIgADYCDCACIAFBAWo2AhQMfwsgAUEBaiEBDG4LIAJBCDoALAwECyABQQFqIQEMbQtBACEDIAJBADYCHCACIAE2AhQgAkHkEjYCECACQQQ2AgwMewsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIARQ1sIAJBNzYCHCACIAE2AhQgAiAANgIMDHoLIAIgAi8BMEEgcjsBMAtBMCEDDF8LIAJBNjYCHCACIAE2AhQgAiAANgIMDHcLIABBLEcNASABQQFqIQBBASEBAkACQAJAAkACQCACLQAsQQVrDgQDAQIEAAsgACEBDAQLQQIhAQwBC0EEIQELIAJBAToALCACIAIvATAgAXI7ATAgACEBDAELIAIgAi8BMEEIcjsBMCAAIQELQTkhAwxcCyACQQA6ACwLQTQhAwxaCyABIARGBEBBLSEDDHMLAkACQANAAkAgAS0AAEEKaw4EAgAAAwALIAQgAUEBaiIBRw0AC0EtIQMMdAsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIARQ0CIAJBLDYCHCACIAE2AhQgAiAANgIMDHMLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABECoiAEUEQCABQQFqIQEMAgsgAkEsNgIcIAIgADYCDCACIAFBAWo2AhQMcgsgAS0AAEENRgRAIAIoAgQhAEEAIQMgAkEANgIEIAIgACABECoiAEUEQCABQQFqIQEMAgsgAkEsNgIcIAIgADYCDCACIAFBAWo2AhQMcgsgAi0ALUEBcQRAQcQBIQMMWQsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIADQEMZQtBLyEDDFcLIAJBLjYCHCACIAE2AhQgAiAANgIMDG8LQQAhAyACQQA2AhwgAiABNgIUIAJB8BQ2AhAgAkEDNgIMDG4LQQEhAwJAAkACQAJAIAItACxBBWsOBAMBAgAECyACIAIvATBBCHI7ATAMAwtBAiEDDAELQQQhAwsgAkEBOgAsIAIgAi8BMCADcjsBMAtBKiEDDFMLQQAhAyACQQA2AhwgAiABNgIUIAJB4Q82AhAgAkEKNgIMDGsLQQEhAwJAAkACQAJAAkACQCACLQAsQQJrDgcFBAQDAQIABAsgAiACLwEwQQhyOwEwDAMLQQIhAwwBC0EEIQMLIAJBAToALCACIAIvATAgA3I7ATALQSshAwxSC0EAIQMgAkEANgIcIAIgATYCFCACQasSNgIQIAJBCzYCDAxqC0EAIQMgAkEANgIcIAIgATYCFCACQf0NNgIQIAJBHTYCDAxpCyABIARHBEADQCABLQAAQSBHDUggBCABQQFqIgFHDQALQSUhAwxpC0ElIQMMaAsgAi0ALUEBcQRAQcMBIQMMTwsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKSIABEAgAkEmNgIcIAIgADYCDCACIAFBAWo2AhQMaAsgAUEBaiEBDFwLIAFBAWohASACLwEwIgBBgAFxBEBBACEAAkAgAigCOCIDRQ0AIAMoAlQiA0UNACACIAMRAAAhAAsgAEUNBiAAQRVHDR8gAkEFNgIcIAIgATYCFCACQfkXNgIQIAJBFTYCDEEAIQMMZwsCQCAAQaAEcUGgBEcNACACLQAtQQJxDQBBACEDIAJBADYCHCACIAE2AhQgAkGWEzYCECACQQQ2AgwMZwsgAgJ/IAIvATBBFHFBFEYEQEEBIAItAChBAUYNARogAi8BMkHlAEYMAQsgAi0AKUEFRgs6AC5BACEAAkAgAigCOCIDRQ0AIAMoAiQiA0UNACACIAMRAAAhAAsCQAJAAkACQAJAIAAOFgIBAAQEBAQEBAQEBAQEBAQEBAQEBAMECyACQQE6AC4LIAIgAi8BMEHAAHI7ATALQSchAwxPCyACQSM2AhwgAiABNgIUIAJBpRY2AhAgAkEVNgIMQQAhAwxnC0EAIQMgAkEANgIcIAIgATYCFCACQdULNgIQIAJBETYCDAxmC0EAIQACQCACKAI4IgNFDQAgAygCLCIDRQ0AIAIgAxEAACEACyAADQELQQ4hAwxLCyAAQRVGBEAgAkECNgIcIAIgATYCFCACQbAYNgIQIAJBFTYCDEEAIQMMZAtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMYwtBACEDIAJBADYCHCACIAE2AhQgAkGqHDYCECACQQ82AgwMYgsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEgCqdqIgEQKyIARQ0AIAJBBTYCHCACIAE2AhQgAiAANgIMDGELQQ8hAwxHC0EAIQMgAkEANgIcIAIgATYCFCACQc0TNgIQIAJBDDYCDAxfC0IBIQoLIAFBAWohAQJAIAIpAyAiC0L//////////w9YBEAgAiALQgSGIAqENwMgDAELQQAhAyACQQA2AhwgAiABNgIUIAJBrQk2AhAgAkEMNgIMDF4LQSQhAwxEC0EAIQMgAkEANgIcIAIgATYCFCACQc0TNgIQIAJBDDYCDAxcCyACKAIEIQBBACEDIAJBADYCBCACIAAgARAsIgBFBEAgAUEBaiEBDFILIAJBFzYCHCACIAA2AgwgAiABQQFqNgIUDFsLIAIoAgQhAEEAIQMgAkEANgIEAkAgAiAAIAEQLCIARQRAIAFBAWohAQwBCyACQRY2AhwgAiAANgIMIAIgAUEBajYCFAxbC0EfIQMMQQtBACEDIAJBADYCHCACIAE2AhQgAkGaDzYCECACQSI2AgwMWQsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQLSIARQRAIAFBAWohAQxQCyACQRQ2AhwgAiAANgIMIAIgAUEBajYCFAxYCyACKAIEIQBBACEDIAJBADYCBAJAIAIgACABEC0iAEUEQCABQQFqIQEMAQsgAkETNgIcIAIgADYCDCACIAFBAWo2AhQMWAtBHiEDDD4LQQAhAyACQQA2AhwgAiABNgIUIAJBxgw2AhAgAkEjNgIMDFYLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABEC0iAEUEQCABQQFqIQEMTgsgAkERNgIcIAIgADYCDCACIAFBAWo2AhQMVQsgAkEQNgIcIAIgATYCFCACIAA2AgwMVAtBACEDIAJBADYCHCACIAE2AhQgAkHGDDYCECACQSM2AgwMUwtBACEDIAJBADYCHCACIAE2AhQgAkHAFTYCECACQQI2AgwMUgsgAigCBCEAQQAhAyACQQA2AgQCQCACIAAgARAtIgBFBEAgAUEBaiEBDAELIAJBDjYCHCACIAA2AgwgAiABQQFqNgIUDFILQRshAww4C0EAIQMgAkEANgIcIAIgATYCFCACQcYMNgIQIAJBIzYCDAxQCyACKAIEIQBBACEDIAJBADYCBAJAIAIgACABECwiAEUEQCABQQFqIQEMAQsgAkENNgIcIAIgADYCDCACIAFBAWo2AhQMUAtBGiEDDDYLQQAhAyACQQA2AhwgAiABNgIUIAJBmg82AhAgAkEiNgIMDE4LIAIoAgQhAEEAIQMgAkEANgIEAkAgAiAAIAEQLCIARQRAIAFBAWohAQwBCyACQQw2AhwgAiAANgIMIAIgAUEBajYCFAxOC0EZIQMMNAtBACEDIAJBADYCHCACIAE2AhQgAkGaDzYCECACQSI2AgwMTAsgAEEVRwRAQQAhAyACQQA2AhwgAiABNgIUIAJBgww2AhAgAkETNgIMDEwLIAJBCjYCHCACIAE2AhQgAkHkFjYCECACQRU2AgxBACEDDEsLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABIAqnaiIBECsiAARAIAJBBzYCHCACIAE2AhQgAiAANgIMDEsLQRMhAwwxCyAAQRVHBEBBACEDIAJBADYCHCACIAE2AhQgAkHaDTYCECACQRQ2AgwMSgsgAkEeNgIcIAIgATYCFCACQfkXNgIQIAJBFTYCDEEAIQMMSQtBACEAAkAgAigCOCIDRQ0AIAMoAiwiA0UNACACIAMRAAAhAAsgAEUNQSAAQRVGBEAgAkEDNgIcIAIgATYCFCACQbAYNgIQIAJBFTYCDEEAIQMMSQtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMSAtBACEDIAJBADYCHCACIAE2AhQgAkHaDTYCECACQRQ2AgwMRwtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMRgsgAkEAOgAvIAItAC1BBHFFDT8LIAJBADoALyACQQE6ADRBACEDDCsLQQAhAyACQQA2AhwgAkHkETYCECACQQc2AgwgAiABQQFqNgIUDEMLAkADQAJAIAEtAABBCmsOBAACAgACCyAEIAFBAWoiAUcNAAtB3QEhAwxDCwJAAkAgAi0ANEEBRw0AQQAhAAJAIAIoAjgiA0UNACADKAJYIgNFDQAgAiADEQAAIQALIABFDQAgAEEVRw0BIAJB3AE2AhwgAiABNgIUIAJB1RY2AhAgAkEVNgIMQQAhAwxEC0HBASEDDCoLIAJBADYCHCACIAE2AhQgAkHpCzYCECACQR82AgxBACEDDEILAkACQCACLQAoQQFrDgIEAQALQcABIQMMKQtBuQEhAwwoCyACQQI6AC9BACEAAkAgAigCOCIDRQ0AIAMoAgAiA0UNACACIAMRAAAhAAsgAEUEQEHCASEDDCgLIABBFUcEQCACQQA2AhwgAiABNgIUIAJBpAw2AhAgAkEQNgIMQQAhAwxBCyACQdsBNgIcIAIgATYCFCACQfoWNgIQIAJBFTYCDEEAIQMMQAsgASAERgRAQdoBIQMMQAsgAS0AAEHIAEYNASACQQE6ACgLQawBIQMMJQtBvwEhAwwkCyABIARHBEAgAkEQNgIIIAIgATYCBEG+ASEDDCQLQdkBIQMMPAsgASAERgRAQdgBIQMMPAsgAS0AAEHIAEcNBCABQQFqIQFBvQEhAwwiCyABIARGBEBB1wEhAww7CwJAAkAgAS0AAEHFAGsOEAAFBQUFBQUFBQUFBQUFBQEFCyABQQFqIQFBuwEhAwwiCyABQQFqIQFBvAEhAwwhC0HWASEDIAEgBEYNOSACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGD0ABqLQAARw0DIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAw6CyACKAIEIQAgAkIANwMAIAIgACAGQQFqIgEQJyIARQRAQcYBIQMMIQsgAkHVATYCHCACIAE2AhQgAiAANgIMQQAhAww5C0HUASEDIAEgBEYNOCACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGB0ABqLQAARw0CIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAw5CyACQYEEOwEoIAIoAgQhACACQgA3AwAgAiAAIAZBAWoiARAnIgANAwwCCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJB2Bs2AhAgAkEINgIMDDYLQboBIQMMHAsgAkHTATYCHCACIAE2AhQgAiAANgIMQQAhAww0C0EAIQACQCACKAI4IgNFDQAgAygCOCIDRQ0AIAIgAxEAACEACyAARQ0AIABBFUYNASACQQA2AhwgAiABNgIUIAJBzA42AhAgAkEgNgIMQQAhAwwzC0HkACEDDBkLIAJB+AA2AhwgAiABNgIUIAJByhg2AhAgAkEVNgIMQQAhAwwxC0HSASEDIAQgASIARg0wIAQgAWsgAigCACIBaiEFIAAgAWtBBGohBgJAA0AgAC0AACABQfzPAGotAABHDQEgAUEERg0DIAFBAWohASAEIABBAWoiAEcNAAsgAiAFNgIADDELIAJBADYCHCACIAA2AhQgAkGQMzYCECACQQg2AgwgAkEANgIAQQAhAwwwCyABIARHBEAgAkEONgIIIAIgATYCBEG3ASEDDBcLQdEBIQMMLwsgAkEANgIAIAZBAWohAQtBuAEhAwwUCyABIARGBEBB0AEhAwwtCyABLQAAQTBrIgBB/wFxQQpJBEAgAiAAOgAqIAFBAWohAUG2ASEDDBQLIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ0UIAJBzwE2AhwgAiABNgIUIAIgADYCDEEAIQMMLAsgASAERgRAQc4BIQMMLAsCQCABLQAAQS5GBEAgAUEBaiEBDAELIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ0VIAJBzQE2AhwgAiABNgIUIAIgADYCDEEAIQMMLAtBtQEhAwwSCyAEIAEiBUYEQEHMASEDDCsLQQAhAEEBIQFBASEGQQAhAwJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAIAUtAABBMGsOCgoJAAECAwQFBggLC0ECDAYLQQMMBQtBBAwEC0EFDAMLQQYMAgtBBwwBC0EICyEDQQAhAUEAIQYMAgtBCSEDQQEhAEEAIQFBACEGDAELQQAhAUEBIQMLIAIgAzoAKyAFQQFqIQMCQAJAIAItAC1BEHENAAJAAkACQCACLQAqDgMBAAIECyAGRQ0DDAILIAANAQwCCyABRQ0BCyACKAIEIQAgAkEANgIEIAIgACADECgiAEUEQCADIQEMAwsgAkHJATYCHCACIAM2AhQgAiAANgIMQQAhAwwtCyACKAIEIQAgAkEANgIEIAIgACADECgiAEUEQCADIQEMGAsgAkHKATYCHCACIAM2AhQgAiAANgIMQQAhAwwsCyACKAIEIQAgAkEANgIEIAIgACAFECgiAEUEQCAFIQEMFgsgAkHLATYCHCACIAU2AhQgAiAANgIMDCsLQbQBIQMMEQtBACEAAkAgAigCOCIDRQ0AIAMoAjwiA0UNACACIAMRAAAhAAsCQCAABEAgAEEVRg0BIAJBADYCHCACIAE2AhQgAkGUDTYCECACQSE2AgxBACEDDCsLQbIBIQMMEQsgAkHIATYCHCACIAE2AhQgAkHJFzYCECACQRU2AgxBACEDDCkLIAJBADYCACAGQQFqIQFB9QAhAwwPCyACLQApQQVGBEBB4wAhAwwPC0HiACEDDA4LIAAhASACQQA2AgALIAJBADoALEEJIQMMDAsgAkEANgIAIAdBAWohAUHAACEDDAsLQQELOgAsIAJBADYCACAGQQFqIQELQSkhAwwIC0E4IQMMBwsCQCABIARHBEADQCABLQAAQYA+ai0AACIAQQFHBEAgAEECRw0DIAFBAWohAQwFCyAEIAFBAWoiAUcNAAtBPiEDDCELQT4hAwwgCwsgAkEAOgAsDAELQQshAwwEC0E6IQMMAwsgAUEBaiEBQS0hAwwCCyACIAE6ACwgAkEANgIAIAZBAWohAUEMIQMMAQsgAkEANgIAIAZBAWohAUEKIQMMAAsAC0EAIQMgAkEANgIcIAIgATYCFCACQc0QNgIQIAJBCTYCDAwXC0EAIQMgAkEANgIcIAIgATYCFCACQekKNgIQIAJBCTYCDAwWC0EAIQMgAkEANgIcIAIgATYCFCACQbcQNgIQIAJBCTYCDAwVC0EAIQMgAkEANgIcIAIgATYCFCACQZwRNgIQIAJBCTYCDAwUC0EAIQMgAkEANgIcIAIgATYCFCACQc0QNgIQIAJBCTYCDAwTC0EAIQMgAkEANgIcIAIgATYCFCACQekKNgIQIAJBCTYCDAwSC0EAIQMgAkEANgIcIAIgATYCFCACQbcQNgIQIAJBCTYCDAwRC0EAIQMgAkEANgIcIAIgATYCFCACQZwRNgIQIAJBCTYCDAwQC0EAIQMgAkEANgIcIAIgATYCFCACQZcVNgIQIAJBDzYCDAwPC0EAIQMgAkEANgIcIAIgATYCFCACQZcVNgIQIAJBDzYCDAwOC0EAIQMgAkEANgIcIAIgATYCFCACQcASNgIQIAJBCzYCDAwNC0EAIQMgAkEANgIcIAIgATYCFCACQZUJNgIQIAJBCzYCDAwMC0EAIQMgAkEANgIcIAIgATYCFCACQeEPNgIQIAJBCjYCDAwLC0EAIQMgAkEANgIcIAIgATYCFCACQfsPNgIQIAJBCjYCDAwKC0EAIQMgAkEANgIcIAIgATYCFCACQfEZNgIQIAJBAjYCDAwJC0EAIQMgAkEANgIcIAIgATYCFCACQcQUNgIQIAJBAjYCDAwIC0EAIQMgAkEANgIcIAIgATYCFCACQfIVNgIQIAJBAjYCDAwHCyACQQI2AhwgAiABNgIUIAJBnBo2AhAgAkEWNgIMQQAhAwwGC0EBIQMMBQtB1AAhAyABIARGDQQgCEEIaiEJIAIoAgAhBQJAAkAgASAERwRAIAVB2MIAaiEHIAQgBWogAWshACAFQX9zQQpqIgUgAWohBgNAIAEtAAAgBy0AAEcEQEECIQcMAwsgBUUEQEEAIQcgBiEBDAMLIAVBAWshBSAHQQFqIQcgBCABQQFqIgFHDQALIAAhBSAEIQELIAlBATYCACACIAU2AgAMAQsgAkEANgIAIAkgBzYCAAsgCSABNgIEIAgoAgwhACAIKAIIDgMBBAIACwALIAJBADYCHCACQbUaNgIQIAJBFzYCDCACIABBAWo2AhRBACEDDAILIAJBADYCHCACIAA2AhQgAkHKGjYCECACQQk2AgxBACEDDAELIAEgBEYEQEEiIQMMAQsgAkEJNgIIIAIgATYCBEEhIQMLIAhBEGokACADRQRAIAIoAgwhAAwBCyACIAM2AhxBACEAIAIoAgQiAUUNACACIAEgBCACKAIIEQEAIgFFDQAgAiAENgIUIAIgATYCDCABIQALIAALvgIBAn8gAEEAOgAAIABB3ABqIgFBAWtBADoAACAAQQA6AAIgAEEAOgABIAFBA2tBADoAACABQQJrQQA6AAAgAEEAOgADIAFBBGtBADoAAEEAIABrQQNxIgEgAGoiAEEANgIAQdwAIAFrQXxxIgIgAGoiAUEEa0EANgIAAkAgAkEJSQ0AIABBADYCCCAAQQA2AgQgAUEIa0EANgIAIAFBDGtBADYCACACQRlJDQAgAEEANgIYIABBADYCFCAAQQA2AhAgAEEANgIMIAFBEGtBADYCACABQRRrQQA2AgAgAUEYa0EANgIAIAFBHGtBADYCACACIABBBHFBGHIiAmsiAUEgSQ0AIAAgAmohAANAIABCADcDGCAAQgA3AxAgAEIANwMIIABCADcDACAAQSBqIQAgAUEgayIBQR9LDQALCwtWAQF/AkAgACgCDA0AAkACQAJAAkAgAC0ALw4DAQADAgsgACgCOCIBRQ0AIAEoAiwiAUUNACAAIAERAAAiAQ0DC0EADwsACyAAQcMWNgIQQQ4hAQsgAQsaACAAKAIMRQRAIABB0Rs2AhAgAEEVNgIMCwsUACAAKAIMQRVGBEAgAEEANgIMCwsUACAAKAIMQRZGBEAgAEEANgIMCwsHACAAKAIMCwcAIAAoAhALCQAgACABNgIQCwcAIAAoAhQLFwAgAEEkTwRAAAsgAEECdEGgM2ooAgALFwAgAEEuTwRAAAsgAEECdEGwNGooAgALvwkBAX9B6yghAQJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIABB5ABrDvQDY2IAAWFhYWFhYQIDBAVhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhBgcICQoLDA0OD2FhYWFhEGFhYWFhYWFhYWFhEWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYRITFBUWFxgZGhthYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2YTc4OTphYWFhYWFhYTthYWE8YWFhYT0+P2FhYWFhYWFhQGFhQWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYUJDREVGR0hJSktMTU5PUFFSU2FhYWFhYWFhVFVWV1hZWlthXF1hYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFeYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhX2BhC0HhJw8LQaQhDwtByywPC0H+MQ8LQcAkDwtBqyQPC0GNKA8LQeImDwtBgDAPC0G5Lw8LQdckDwtB7x8PC0HhHw8LQfofDwtB8iAPC0GoLw8LQa4yDwtBiDAPC0HsJw8LQYIiDwtBjh0PC0HQLg8LQcojDwtBxTIPC0HfHA8LQdIcDwtBxCAPC0HXIA8LQaIfDwtB7S4PC0GrMA8LQdQlDwtBzC4PC0H6Lg8LQfwrDwtB0jAPC0HxHQ8LQbsgDwtB9ysPC0GQMQ8LQdcxDwtBoi0PC0HUJw8LQeArDwtBnywPC0HrMQ8LQdUfDwtByjEPC0HeJQ8LQdQeDwtB9BwPC0GnMg8LQbEdDwtBoB0PC0G5MQ8LQbwwDwtBkiEPC0GzJg8LQeksDwtBrB4PC0HUKw8LQfcmDwtBgCYPC0GwIQ8LQf4eDwtBjSMPC0GJLQ8LQfciDwtBoDEPC0GuHw8LQcYlDwtB6B4PC0GTIg8LQcIvDwtBwx0PC0GLLA8LQeEdDwtBjS8PC0HqIQ8LQbQtDwtB0i8PC0HfMg8LQdIyDwtB8DAPC0GpIg8LQfkjDwtBmR4PC0G1LA8LQZswDwtBkjIPC0G2Kw8LQcIiDwtB+DIPC0GeJQ8LQdAiDwtBuh4PC0GBHg8LAAtB1iEhAQsgAQsWACAAIAAtAC1B/gFxIAFBAEdyOgAtCxkAIAAgAC0ALUH9AXEgAUEAR0EBdHI6AC0LGQAgACAALQAtQfsBcSABQQBHQQJ0cjoALQsZACAAIAAtAC1B9wFxIAFBAEdBA3RyOgAtCz4BAn8CQCAAKAI4IgNFDQAgAygCBCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBxhE2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCCCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB9go2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCDCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB7Ro2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCECIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBlRA2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCFCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBqhs2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCGCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB7RM2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCKCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB9gg2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCHCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBwhk2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCICIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBlBQ2AhBBGCEECyAEC1kBAn8CQCAALQAoQQFGDQAgAC8BMiIBQeQAa0HkAEkNACABQcwBRg0AIAFBsAJGDQAgAC8BMCIAQcAAcQ0AQQEhAiAAQYgEcUGABEYNACAAQShxRSECCyACC4wBAQJ/AkACQAJAIAAtACpFDQAgAC0AK0UNACAALwEwIgFBAnFFDQEMAgsgAC8BMCIBQQFxRQ0BC0EBIQIgAC0AKEEBRg0AIAAvATIiAEHkAGtB5ABJDQAgAEHMAUYNACAAQbACRg0AIAFBwABxDQBBACECIAFBiARxQYAERg0AIAFBKHFBAEchAgsgAgtXACAAQRhqQgA3AwAgAEIANwMAIABBOGpCADcDACAAQTBqQgA3AwAgAEEoakIANwMAIABBIGpCADcDACAAQRBqQgA3AwAgAEEIakIANwMAIABB3QE2AhwLBgAgABAyC5otAQt/IwBBEGsiCiQAQaTQACgCACIJRQRAQeTTACgCACIFRQRAQfDTAEJ/NwIAQejTAEKAgISAgIDAADcCAEHk0wAgCkEIakFwcUHYqtWqBXMiBTYCAEH40wBBADYCAEHI0wBBADYCAAtBzNMAQYDUBDYCAEGc0ABBgNQENgIAQbDQACAFNgIAQazQAEF/NgIAQdDTAEGArAM2AgADQCABQcjQAGogAUG80ABqIgI2AgAgAiABQbTQAGoiAzYCACABQcDQAGogAzYCACABQdDQAGogAUHE0ABqIgM2AgAgAyACNgIAIAFB2NAAaiABQczQAGoiAjYCACACIAM2AgAgAUHU0ABqIAI2AgAgAUEgaiIBQYACRw0AC0GM1ARBwasDNgIAQajQAEH00wAoAgA2AgBBmNAAQcCrAzYCAEGk0ABBiNQENgIAQcz/B0E4NgIAQYjUBCEJCwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIABB7AFNBEBBjNAAKAIAIgZBECAAQRNqQXBxIABBC0kbIgRBA3YiAHYiAUEDcQRAAkAgAUEBcSAAckEBcyICQQN0IgBBtNAAaiIBIABBvNAAaigCACIAKAIIIgNGBEBBjNAAIAZBfiACd3E2AgAMAQsgASADNgIIIAMgATYCDAsgAEEIaiEBIAAgAkEDdCICQQNyNgIEIAAgAmoiACAAKAIEQQFyNgIEDBELQZTQACgCACIIIARPDQEgAQRAAkBBAiAAdCICQQAgAmtyIAEgAHRxaCIAQQN0IgJBtNAAaiIBIAJBvNAAaigCACICKAIIIgNGBEBBjNAAIAZBfiAAd3EiBjYCAAwBCyABIAM2AgggAyABNgIMCyACIARBA3I2AgQgAEEDdCIAIARrIQUgACACaiAFNgIAIAIgBGoiBCAFQQFyNgIEIAgEQCAIQXhxQbTQAGohAEGg0AAoAgAhAwJ/QQEgCEEDdnQiASAGcUUEQEGM0AAgASAGcjYCACAADAELIAAoAggLIgEgAzYCDCAAIAM2AgggAyAANgIMIAMgATYCCAsgAkEIaiEBQaDQACAENgIAQZTQACAFNgIADBELQZDQACgCACILRQ0BIAtoQQJ0QbzSAGooAgAiACgCBEF4cSAEayEFIAAhAgNAAkAgAigCECIBRQRAIAJBFGooAgAiAUUNAQsgASgCBEF4cSAEayIDIAVJIQIgAyAFIAIbIQUgASAAIAIbIQAgASECDAELCyAAKAIYIQkgACgCDCIDIABHBEBBnNAAKAIAGiADIAAoAggiATYCCCABIAM2AgwMEAsgAEEUaiICKAIAIgFFBEAgACgCECIBRQ0DIABBEGohAgsDQCACIQcgASIDQRRqIgIoAgAiAQ0AIANBEGohAiADKAIQIgENAAsgB0EANgIADA8LQX8hBCAAQb9/Sw0AIABBE2oiAUFwcSEEQZDQACgCACIIRQ0AQQAgBGshBQJAAkACQAJ/QQAgBEGAAkkNABpBHyAEQf///wdLDQAaIARBJiABQQh2ZyIAa3ZBAXEgAEEBdGtBPmoLIgZBAnRBvNIAaigCACICRQRAQQAhAUEAIQMMAQtBACEBIARBGSAGQQF2a0EAIAZBH0cbdCEAQQAhAwNAAkAgAigCBEF4cSAEayIHIAVPDQAgAiEDIAciBQ0AQQAhBSACIQEMAwsgASACQRRqKAIAIgcgByACIABBHXZBBHFqQRBqKAIAIgJGGyABIAcbIQEgAEEBdCEAIAINAAsLIAEgA3JFBEBBACEDQQIgBnQiAEEAIABrciAIcSIARQ0DIABoQQJ0QbzSAGooAgAhAQsgAUUNAQsDQCABKAIEQXhxIARrIgIgBUkhACACIAUgABshBSABIAMgABshAyABKAIQIgAEfyAABSABQRRqKAIACyIBDQALCyADRQ0AIAVBlNAAKAIAIARrTw0AIAMoAhghByADIAMoAgwiAEcEQEGc0AAoAgAaIAAgAygCCCIBNgIIIAEgADYCDAwOCyADQRRqIgIoAgAiAUUEQCADKAIQIgFFDQMgA0EQaiECCwNAIAIhBiABIgBBFGoiAigCACIBDQAgAEEQaiECIAAoAhAiAQ0ACyAGQQA2AgAMDQtBlNAAKAIAIgMgBE8EQEGg0AAoAgAhAQJAIAMgBGsiAkEQTwRAIAEgBGoiACACQQFyNgIEIAEgA2ogAjYCACABIARBA3I2AgQMAQsgASADQQNyNgIEIAEgA2oiACAAKAIEQQFyNgIEQQAhAEEAIQILQZTQACACNgIAQaDQACAANgIAIAFBCGohAQwPC0GY0AAoAgAiAyAESwRAIAQgCWoiACADIARrIgFBAXI2AgRBpNAAIAA2AgBBmNAAIAE2AgAgCSAEQQNyNgIEIAlBCGohAQwPC0EAIQEgBAJ/QeTTACgCAARAQezTACgCAAwBC0Hw0wBCfzcCAEHo0wBCgICEgICAwAA3AgBB5NMAIApBDGpBcHFB2KrVqgVzNgIAQfjTAEEANgIAQcjTAEEANgIAQYCABAsiACAEQccAaiIFaiIGQQAgAGsiB3EiAk8EQEH80wBBMDYCAAwPCwJAQcTTACgCACIBRQ0AQbzTACgCACIIIAJqIQAgACABTSAAIAhLcQ0AQQAhAUH80wBBMDYCAAwPC0HI0wAtAABBBHENBAJAAkAgCQRAQczTACEBA0AgASgCACIAIAlNBEAgACABKAIEaiAJSw0DCyABKAIIIgENAAsLQQAQMyIAQX9GDQUgAiEGQejTACgCACIBQQFrIgMgAHEEQCACIABrIAAgA2pBACABa3FqIQYLIAQgBk8NBSAGQf7///8HSw0FQcTTACgCACIDBEBBvNMAKAIAIgcgBmohASABIAdNDQYgASADSw0GCyAGEDMiASAARw0BDAcLIAYgA2sgB3EiBkH+////B0sNBCAGEDMhACAAIAEoAgAgASgCBGpGDQMgACEBCwJAIAYgBEHIAGpPDQAgAUF/Rg0AQezTACgCACIAIAUgBmtqQQAgAGtxIgBB/v///wdLBEAgASEADAcLIAAQM0F/RwRAIAAgBmohBiABIQAMBwtBACAGaxAzGgwECyABIgBBf0cNBQwDC0EAIQMMDAtBACEADAoLIABBf0cNAgtByNMAQcjTACgCAEEEcjYCAAsgAkH+////B0sNASACEDMhAEEAEDMhASAAQX9GDQEgAUF/Rg0BIAAgAU8NASABIABrIgYgBEE4ak0NAQtBvNMAQbzTACgCACAGaiIBNgIAQcDTACgCACABSQRAQcDTACABNgIACwJAAkACQEGk0AAoAgAiAgRAQczTACEBA0AgACABKAIAIgMgASgCBCIFakYNAiABKAIIIgENAAsMAgtBnNAAKAIAIgFBAEcgACABT3FFBEBBnNAAIAA2AgALQQAhAUHQ0wAgBjYCAEHM0wAgADYCAEGs0ABBfzYCAEGw0ABB5NMAKAIANgIAQdjTAEEANgIAA0AgAUHI0ABqIAFBvNAAaiICNgIAIAIgAUG00ABqIgM2AgAgAUHA0ABqIAM2AgAgAUHQ0ABqIAFBxNAAaiIDNgIAIAMgAjYCACABQdjQAGogAUHM0ABqIgI2AgAgAiADNgIAIAFB1NAAaiACNgIAIAFBIGoiAUGAAkcNAAtBeCAAa0EPcSIBIABqIgIgBkE4ayIDIAFrIgFBAXI2AgRBqNAAQfTTACgCADYCAEGY0AAgATYCAEGk0AAgAjYCACAAIANqQTg2AgQMAgsgACACTQ0AIAIgA0kNACABKAIMQQhxDQBBeCACa0EPcSIAIAJqIgNBmNAAKAIAIAZqIgcgAGsiAEEBcjYCBCABIAUgBmo2AgRBqNAAQfTTACgCADYCAEGY0AAgADYCAEGk0AAgAzYCACACIAdqQTg2AgQMAQsgAEGc0AAoAgBJBEBBnNAAIAA2AgALIAAgBmohA0HM0wAhAQJAAkACQANAIAMgASgCAEcEQCABKAIIIgENAQwCCwsgAS0ADEEIcUUNAQtBzNMAIQEDQCABKAIAIgMgAk0EQCADIAEoAgRqIgUgAksNAwsgASgCCCEBDAALAAsgASAANgIAIAEgASgCBCAGajYCBCAAQXggAGtBD3FqIgkgBEEDcjYCBCADQXggA2tBD3FqIgYgBCAJaiIEayEBIAIgBkYEQEGk0AAgBDYCAEGY0ABBmNAAKAIAIAFqIgA2AgAgBCAAQQFyNgIEDAgLQaDQACgCACAGRgRAQaDQACAENgIAQZTQAEGU0AAoAgAgAWoiADYCACAEIABBAXI2AgQgACAEaiAANgIADAgLIAYoAgQiBUEDcUEBRw0GIAVBeHEhCCAFQf8BTQRAIAVBA3YhAyAGKAIIIgAgBigCDCICRgRAQYzQAEGM0AAoAgBBfiADd3E2AgAMBwsgAiAANgIIIAAgAjYCDAwGCyAGKAIYIQcgBiAGKAIMIgBHBEAgACAGKAIIIgI2AgggAiAANgIMDAULIAZBFGoiAigCACIFRQRAIAYoAhAiBUUNBCAGQRBqIQILA0AgAiEDIAUiAEEUaiICKAIAIgUNACAAQRBqIQIgACgCECIFDQALIANBADYCAAwEC0F4IABrQQ9xIgEgAGoiByAGQThrIgMgAWsiAUEBcjYCBCAAIANqQTg2AgQgAiAFQTcgBWtBD3FqQT9rIgMgAyACQRBqSRsiA0EjNgIEQajQAEH00wAoAgA2AgBBmNAAIAE2AgBBpNAAIAc2AgAgA0EQakHU0wApAgA3AgAgA0HM0wApAgA3AghB1NMAIANBCGo2AgBB0NMAIAY2AgBBzNMAIAA2AgBB2NMAQQA2AgAgA0EkaiEBA0AgAUEHNgIAIAUgAUEEaiIBSw0ACyACIANGDQAgAyADKAIEQX5xNgIEIAMgAyACayIFNgIAIAIgBUEBcjYCBCAFQf8BTQRAIAVBeHFBtNAAaiEAAn9BjNAAKAIAIgFBASAFQQN2dCIDcUUEQEGM0AAgASADcjYCACAADAELIAAoAggLIgEgAjYCDCAAIAI2AgggAiAANgIMIAIgATYCCAwBC0EfIQEgBUH///8HTQRAIAVBJiAFQQh2ZyIAa3ZBAXEgAEEBdGtBPmohAQsgAiABNgIcIAJCADcCECABQQJ0QbzSAGohAEGQ0AAoAgAiA0EBIAF0IgZxRQRAIAAgAjYCAEGQ0AAgAyAGcjYCACACIAA2AhggAiACNgIIIAIgAjYCDAwBCyAFQRkgAUEBdmtBACABQR9HG3QhASAAKAIAIQMCQANAIAMiACgCBEF4cSAFRg0BIAFBHXYhAyABQQF0IQEgACADQQRxakEQaiIGKAIAIgMNAAsgBiACNgIAIAIgADYCGCACIAI2AgwgAiACNgIIDAELIAAoAggiASACNgIMIAAgAjYCCCACQQA2AhggAiAANgIMIAIgATYCCAtBmNAAKAIAIgEgBE0NAEGk0AAoAgAiACAEaiICIAEgBGsiAUEBcjYCBEGY0AAgATYCAEGk0AAgAjYCACAAIARBA3I2AgQgAEEIaiEBDAgLQQAhAUH80wBBMDYCAAwHC0EAIQALIAdFDQACQCAGKAIcIgJBAnRBvNIAaiIDKAIAIAZGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAdBEEEUIAcoAhAgBkYbaiAANgIAIABFDQELIAAgBzYCGCAGKAIQIgIEQCAAIAI2AhAgAiAANgIYCyAGQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAIaiEBIAYgCGoiBigCBCEFCyAGIAVBfnE2AgQgASAEaiABNgIAIAQgAUEBcjYCBCABQf8BTQRAIAFBeHFBtNAAaiEAAn9BjNAAKAIAIgJBASABQQN2dCIBcUUEQEGM0AAgASACcjYCACAADAELIAAoAggLIgEgBDYCDCAAIAQ2AgggBCAANgIMIAQgATYCCAwBC0EfIQUgAUH///8HTQRAIAFBJiABQQh2ZyIAa3ZBAXEgAEEBdGtBPmohBQsgBCAFNgIcIARCADcCECAFQQJ0QbzSAGohAEGQ0AAoAgAiAkEBIAV0IgNxRQRAIAAgBDYCAEGQ0AAgAiADcjYCACAEIAA2AhggBCAENgIIIAQgBDYCDAwBCyABQRkgBUEBdmtBACAFQR9HG3QhBSAAKAIAIQACQANAIAAiAigCBEF4cSABRg0BIAVBHXYhACAFQQF0IQUgAiAAQQRxakEQaiIDKAIAIgANAAsgAyAENgIAIAQgAjYCGCAEIAQ2AgwgBCAENgIIDAELIAIoAggiACAENgIMIAIgBDYCCCAEQQA2AhggBCACNgIMIAQgADYCCAsgCUEIaiEBDAILAkAgB0UNAAJAIAMoAhwiAUECdEG80gBqIgIoAgAgA0YEQCACIAA2AgAgAA0BQZDQACAIQX4gAXdxIgg2AgAMAgsgB0EQQRQgBygCECADRhtqIAA2AgAgAEUNAQsgACAHNgIYIAMoAhAiAQRAIAAgATYCECABIAA2AhgLIANBFGooAgAiAUUNACAAQRRqIAE2AgAgASAANgIYCwJAIAVBD00EQCADIAQgBWoiAEEDcjYCBCAAIANqIgAgACgCBEEBcjYCBAwBCyADIARqIgIgBUEBcjYCBCADIARBA3I2AgQgAiAFaiAFNgIAIAVB/wFNBEAgBUF4cUG00ABqIQACf0GM0AAoAgAiAUEBIAVBA3Z0IgVxRQRAQYzQACABIAVyNgIAIAAMAQsgACgCCAsiASACNgIMIAAgAjYCCCACIAA2AgwgAiABNgIIDAELQR8hASAFQf///wdNBEAgBUEmIAVBCHZnIgBrdkEBcSAAQQF0a0E+aiEBCyACIAE2AhwgAkIANwIQIAFBAnRBvNIAaiEAQQEgAXQiBCAIcUUEQCAAIAI2AgBBkNAAIAQgCHI2AgAgAiAANgIYIAIgAjYCCCACIAI2AgwMAQsgBUEZIAFBAXZrQQAgAUEfRxt0IQEgACgCACEEAkADQCAEIgAoAgRBeHEgBUYNASABQR12IQQgAUEBdCEBIAAgBEEEcWpBEGoiBigCACIEDQALIAYgAjYCACACIAA2AhggAiACNgIMIAIgAjYCCAwBCyAAKAIIIgEgAjYCDCAAIAI2AgggAkEANgIYIAIgADYCDCACIAE2AggLIANBCGohAQwBCwJAIAlFDQACQCAAKAIcIgFBAnRBvNIAaiICKAIAIABGBEAgAiADNgIAIAMNAUGQ0AAgC0F+IAF3cTYCAAwCCyAJQRBBFCAJKAIQIABGG2ogAzYCACADRQ0BCyADIAk2AhggACgCECIBBEAgAyABNgIQIAEgAzYCGAsgAEEUaigCACIBRQ0AIANBFGogATYCACABIAM2AhgLAkAgBUEPTQRAIAAgBCAFaiIBQQNyNgIEIAAgAWoiASABKAIEQQFyNgIEDAELIAAgBGoiByAFQQFyNgIEIAAgBEEDcjYCBCAFIAdqIAU2AgAgCARAIAhBeHFBtNAAaiEBQaDQACgCACEDAn9BASAIQQN2dCICIAZxRQRAQYzQACACIAZyNgIAIAEMAQsgASgCCAsiAiADNgIMIAEgAzYCCCADIAE2AgwgAyACNgIIC0Gg0AAgBzYCAEGU0AAgBTYCAAsgAEEIaiEBCyAKQRBqJAAgAQtDACAARQRAPwBBEHQPCwJAIABB//8DcQ0AIABBAEgNACAAQRB2QAAiAEF/RgRAQfzTAEEwNgIAQX8PCyAAQRB0DwsACwvcPyIAQYAICwkBAAAAAgAAAAMAQZQICwUEAAAABQBBpAgLCQYAAAAHAAAACABB3AgLii1JbnZhbGlkIGNoYXIgaW4gdXJsIHF1ZXJ5AFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fYm9keQBDb250ZW50LUxlbmd0aCBvdmVyZmxvdwBDaHVuayBzaXplIG92ZXJmbG93AFJlc3BvbnNlIG92ZXJmbG93AEludmFsaWQgbWV0aG9kIGZvciBIVFRQL3gueCByZXF1ZXN0AEludmFsaWQgbWV0aG9kIGZvciBSVFNQL3gueCByZXF1ZXN0AEV4cGVjdGVkIFNPVVJDRSBtZXRob2QgZm9yIElDRS94LnggcmVxdWVzdABJbnZhbGlkIGNoYXIgaW4gdXJsIGZyYWdtZW50IHN0YXJ0AEV4cGVjdGVkIGRvdABTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3N0YXR1cwBJbnZhbGlkIHJlc3BvbnNlIHN0YXR1cwBJbnZhbGlkIGNoYXJhY3RlciBpbiBjaHVuayBleHRlbnNpb25zAFVzZXIgY2FsbGJhY2sgZXJyb3IAYG9uX3Jlc2V0YCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfaGVhZGVyYCBjYWxsYmFjayBlcnJvcgBgb25fbWVzc2FnZV9iZWdpbmAgY2FsbGJhY2sgZXJyb3IAYG9uX2NodW5rX2V4dGVuc2lvbl92YWx1ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3N0YXR1c19jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3ZlcnNpb25fY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl91cmxfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX2hlYWRlcl92YWx1ZV9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX21lc3NhZ2VfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXRob2RfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9oZWFkZXJfZmllbGRfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19leHRlbnNpb25fbmFtZWAgY2FsbGJhY2sgZXJyb3IAVW5leHBlY3RlZCBjaGFyIGluIHVybCBzZXJ2ZXIASW52YWxpZCBoZWFkZXIgdmFsdWUgY2hhcgBJbnZhbGlkIGhlYWRlciBmaWVsZCBjaGFyAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fdmVyc2lvbgBJbnZhbGlkIG1pbm9yIHZlcnNpb24ASW52YWxpZCBtYWpvciB2ZXJzaW9uAEV4cGVjdGVkIHNwYWNlIGFmdGVyIHZlcnNpb24ARXhwZWN0ZWQgQ1JMRiBhZnRlciB2ZXJzaW9uAEludmFsaWQgSFRUUCB2ZXJzaW9uAEludmFsaWQgaGVhZGVyIHRva2VuAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fdXJsAEludmFsaWQgY2hhcmFjdGVycyBpbiB1cmwAVW5leHBlY3RlZCBzdGFydCBjaGFyIGluIHVybABEb3VibGUgQCBpbiB1cmwARW1wdHkgQ29udGVudC1MZW5ndGgASW52YWxpZCBjaGFyYWN0ZXIgaW4gQ29udGVudC1MZW5ndGgARHVwbGljYXRlIENvbnRlbnQtTGVuZ3RoAEludmFsaWQgY2hhciBpbiB1cmwgcGF0aABDb250ZW50LUxlbmd0aCBjYW4ndCBiZSBwcmVzZW50IHdpdGggVHJhbnNmZXItRW5jb2RpbmcASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgc2l6ZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2hlYWRlcl92YWx1ZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2NodW5rX2V4dGVuc2lvbl92YWx1ZQBJbnZhbGlkIGNoYXJhY3RlciBpbiBjaHVuayBleHRlbnNpb25zIHZhbHVlAE1pc3NpbmcgZXhwZWN0ZWQgTEYgYWZ0ZXIgaGVhZGVyIHZhbHVlAEludmFsaWQgYFRyYW5zZmVyLUVuY29kaW5nYCBoZWFkZXIgdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBxdW90ZSB2YWx1ZQBJbnZhbGlkIGNoYXJhY3RlciBpbiBjaHVuayBleHRlbnNpb25zIHF1b3RlZCB2YWx1ZQBQYXVzZWQgYnkgb25faGVhZGVyc19jb21wbGV0ZQBJbnZhbGlkIEVPRiBzdGF0ZQBvbl9yZXNldCBwYXVzZQBvbl9jaHVua19oZWFkZXIgcGF1c2UAb25fbWVzc2FnZV9iZWdpbiBwYXVzZQBvbl9jaHVua19leHRlbnNpb25fdmFsdWUgcGF1c2UAb25fc3RhdHVzX2NvbXBsZXRlIHBhdXNlAG9uX3ZlcnNpb25fY29tcGxldGUgcGF1c2UAb25fdXJsX2NvbXBsZXRlIHBhdXNlAG9uX2NodW5rX2NvbXBsZXRlIHBhdXNlAG9uX2hlYWRlcl92YWx1ZV9jb21wbGV0ZSBwYXVzZQBvbl9tZXNzYWdlX2NvbXBsZXRlIHBhdXNlAG9uX21ldGhvZF9jb21wbGV0ZSBwYXVzZQBvbl9oZWFkZXJfZmllbGRfY29tcGxldGUgcGF1c2UAb25fY2h1bmtfZXh0ZW5zaW9uX25hbWUgcGF1c2UAVW5leHBlY3RlZCBzcGFjZSBhZnRlciBzdGFydCBsaW5lAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fY2h1bmtfZXh0ZW5zaW9uX25hbWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBuYW1lAFBhdXNlIG9uIENPTk5FQ1QvVXBncmFkZQBQYXVzZSBvbiBQUkkvVXBncmFkZQBFeHBlY3RlZCBIVFRQLzIgQ29ubmVjdGlvbiBQcmVmYWNlAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fbWV0aG9kAEV4cGVjdGVkIHNwYWNlIGFmdGVyIG1ldGhvZABTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2hlYWRlcl9maWVsZABQYXVzZWQASW52YWxpZCB3b3JkIGVuY291bnRlcmVkAEludmFsaWQgbWV0aG9kIGVuY291bnRlcmVkAFVuZXhwZWN0ZWQgY2hhciBpbiB1cmwgc2NoZW1hAFJlcXVlc3QgaGFzIGludmFsaWQgYFRyYW5zZmVyLUVuY29kaW5nYABTV0lUQ0hfUFJPWFkAVVNFX1BST1hZAE1LQUNUSVZJVFkAVU5QUk9DRVNTQUJMRV9FTlRJVFkAQ09QWQBNT1ZFRF9QRVJNQU5FTlRMWQBUT09fRUFSTFkATk9USUZZAEZBSUxFRF9ERVBFTkRFTkNZAEJBRF9HQVRFV0FZAFBMQVkAUFVUAENIRUNLT1VUAEdBVEVXQVlfVElNRU9VVABSRVFVRVNUX1RJTUVPVVQATkVUV09SS19DT05ORUNUX1RJTUVPVVQAQ09OTkVDVElPTl9USU1FT1VUAExPR0lOX1RJTUVPVVQATkVUV09SS19SRUFEX1RJTUVPVVQAUE9TVABNSVNESVJFQ1RFRF9SRVFVRVNUAENMSUVOVF9DTE9TRURfUkVRVUVTVABDTElFTlRfQ0xPU0VEX0xPQURfQkFMQU5DRURfUkVRVUVTVABCQURfUkVRVUVTVABIVFRQX1JFUVVFU1RfU0VOVF9UT19IVFRQU19QT1JUAFJFUE9SVABJTV9BX1RFQVBPVABSRVNFVF9DT05URU5UAE5PX0NPTlRFTlQAUEFSVElBTF9DT05URU5UAEhQRV9JTlZBTElEX0NPTlNUQU5UAEhQRV9DQl9SRVNFVABHRVQASFBFX1NUUklDVABDT05GTElDVABURU1QT1JBUllfUkVESVJFQ1QAUEVSTUFORU5UX1JFRElSRUNUAENPTk5FQ1QATVVMVElfU1RBVFVTAEhQRV9JTlZBTElEX1NUQVRVUwBUT09fTUFOWV9SRVFVRVNUUwBFQVJMWV9ISU5UUwBVTkFWQUlMQUJMRV9GT1JfTEVHQUxfUkVBU09OUwBPUFRJT05TAFNXSVRDSElOR19QUk9UT0NPTFMAVkFSSUFOVF9BTFNPX05FR09USUFURVMATVVMVElQTEVfQ0hPSUNFUwBJTlRFUk5BTF9TRVJWRVJfRVJST1IAV0VCX1NFUlZFUl9VTktOT1dOX0VSUk9SAFJBSUxHVU5fRVJST1IASURFTlRJVFlfUFJPVklERVJfQVVUSEVOVElDQVRJT05fRVJST1IAU1NMX0NFUlRJRklDQVRFX0VSUk9SAElOVkFMSURfWF9GT1JXQVJERURfRk9SAFNFVF9QQVJBTUVURVIAR0VUX1BBUkFNRVRFUgBIUEVfVVNFUgBTRUVfT1RIRVIASFBFX0NCX0NIVU5LX0hFQURFUgBNS0NBTEVOREFSAFNFVFVQAFdFQl9TRVJWRVJfSVNfRE9XTgBURUFSRE9XTgBIUEVfQ0xPU0VEX0NPTk5FQ1RJT04ASEVVUklTVElDX0VYUElSQVRJT04ARElTQ09OTkVDVEVEX09QRVJBVElPTgBOT05fQVVUSE9SSVRBVElWRV9JTkZPUk1BVElPTgBIUEVfSU5WQUxJRF9WRVJTSU9OAEhQRV9DQl9NRVNTQUdFX0JFR0lOAFNJVEVfSVNfRlJPWkVOAEhQRV9JTlZBTElEX0hFQURFUl9UT0tFTgBJTlZBTElEX1RPS0VOAEZPUkJJRERFTgBFTkhBTkNFX1lPVVJfQ0FMTQBIUEVfSU5WQUxJRF9VUkwAQkxPQ0tFRF9CWV9QQVJFTlRBTF9DT05UUk9MAE1LQ09MAEFDTABIUEVfSU5URVJOQUwAUkVRVUVTVF9IRUFERVJfRklFTERTX1RPT19MQVJHRV9VTk9GRklDSUFMAEhQRV9PSwBVTkxJTksAVU5MT0NLAFBSSQBSRVRSWV9XSVRIAEhQRV9JTlZBTElEX0NPTlRFTlRfTEVOR1RIAEhQRV9VTkVYUEVDVEVEX0NPTlRFTlRfTEVOR1RIAEZMVVNIAFBST1BQQVRDSABNLVNFQVJDSABVUklfVE9PX0xPTkcAUFJPQ0VTU0lORwBNSVNDRUxMQU5FT1VTX1BFUlNJU1RFTlRfV0FSTklORwBNSVNDRUxMQU5FT1VTX1dBUk5JTkcASFBFX0lOVkFMSURfVFJBTlNGRVJfRU5DT0RJTkcARXhwZWN0ZWQgQ1JMRgBIUEVfSU5WQUxJRF9DSFVOS19TSVpFAE1PVkUAQ09OVElOVUUASFBFX0NCX1NUQVRVU19DT01QTEVURQBIUEVfQ0JfSEVBREVSU19DT01QTEVURQBIUEVfQ0JfVkVSU0lPTl9DT01QTEVURQBIUEVfQ0JfVVJMX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19DT01QTEVURQBIUEVfQ0JfSEVBREVSX1ZBTFVFX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19FWFRFTlNJT05fVkFMVUVfQ09NUExFVEUASFBFX0NCX0NIVU5LX0VYVEVOU0lPTl9OQU1FX0NPTVBMRVRFAEhQRV9DQl9NRVNTQUdFX0NPTVBMRVRFAEhQRV9DQl9NRVRIT0RfQ09NUExFVEUASFBFX0NCX0hFQURFUl9GSUVMRF9DT01QTEVURQBERUxFVEUASFBFX0lOVkFMSURfRU9GX1NUQVRFAElOVkFMSURfU1NMX0NFUlRJRklDQVRFAFBBVVNFAE5PX1JFU1BPTlNFAFVOU1VQUE9SVEVEX01FRElBX1RZUEUAR09ORQBOT1RfQUNDRVBUQUJMRQBTRVJWSUNFX1VOQVZBSUxBQkxFAFJBTkdFX05PVF9TQVRJU0ZJQUJMRQBPUklHSU5fSVNfVU5SRUFDSEFCTEUAUkVTUE9OU0VfSVNfU1RBTEUAUFVSR0UATUVSR0UAUkVRVUVTVF9IRUFERVJfRklFTERTX1RPT19MQVJHRQBSRVFVRVNUX0hFQURFUl9UT09fTEFSR0UAUEFZTE9BRF9UT09fTEFSR0UASU5TVUZGSUNJRU5UX1NUT1JBR0UASFBFX1BBVVNFRF9VUEdSQURFAEhQRV9QQVVTRURfSDJfVVBHUkFERQBTT1VSQ0UAQU5OT1VOQ0UAVFJBQ0UASFBFX1VORVhQRUNURURfU1BBQ0UAREVTQ1JJQkUAVU5TVUJTQ1JJQkUAUkVDT1JEAEhQRV9JTlZBTElEX01FVEhPRABOT1RfRk9VTkQAUFJPUEZJTkQAVU5CSU5EAFJFQklORABVTkFVVEhPUklaRUQATUVUSE9EX05PVF9BTExPV0VEAEhUVFBfVkVSU0lPTl9OT1RfU1VQUE9SVEVEAEFMUkVBRFlfUkVQT1JURUQAQUNDRVBURUQATk9UX0lNUExFTUVOVEVEAExPT1BfREVURUNURUQASFBFX0NSX0VYUEVDVEVEAEhQRV9MRl9FWFBFQ1RFRABDUkVBVEVEAElNX1VTRUQASFBFX1BBVVNFRABUSU1FT1VUX09DQ1VSRUQAUEFZTUVOVF9SRVFVSVJFRABQUkVDT05ESVRJT05fUkVRVUlSRUQAUFJPWFlfQVVUSEVOVElDQVRJT05fUkVRVUlSRUQATkVUV09SS19BVVRIRU5USUNBVElPTl9SRVFVSVJFRABMRU5HVEhfUkVRVUlSRUQAU1NMX0NFUlRJRklDQVRFX1JFUVVJUkVEAFVQR1JBREVfUkVRVUlSRUQAUEFHRV9FWFBJUkVEAFBSRUNPTkRJVElPTl9GQUlMRUQARVhQRUNUQVRJT05fRkFJTEVEAFJFVkFMSURBVElPTl9GQUlMRUQAU1NMX0hBTkRTSEFLRV9GQUlMRUQATE9DS0VEAFRSQU5TRk9STUFUSU9OX0FQUExJRUQATk9UX01PRElGSUVEAE5PVF9FWFRFTkRFRABCQU5EV0lEVEhfTElNSVRfRVhDRUVERUQAU0lURV9JU19PVkVSTE9BREVEAEhFQUQARXhwZWN0ZWQgSFRUUC8AAF4TAAAmEwAAMBAAAPAXAACdEwAAFRIAADkXAADwEgAAChAAAHUSAACtEgAAghMAAE8UAAB/EAAAoBUAACMUAACJEgAAixQAAE0VAADUEQAAzxQAABAYAADJFgAA3BYAAMERAADgFwAAuxQAAHQUAAB8FQAA5RQAAAgXAAAfEAAAZRUAAKMUAAAoFQAAAhUAAJkVAAAsEAAAixkAAE8PAADUDgAAahAAAM4QAAACFwAAiQ4AAG4TAAAcEwAAZhQAAFYXAADBEwAAzRMAAGwTAABoFwAAZhcAAF8XAAAiEwAAzg8AAGkOAADYDgAAYxYAAMsTAACqDgAAKBcAACYXAADFEwAAXRYAAOgRAABnEwAAZRMAAPIWAABzEwAAHRcAAPkWAADzEQAAzw4AAM4VAAAMEgAAsxEAAKURAABhEAAAMhcAALsTAEH5NQsBAQBBkDYL4AEBAQIBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBB/TcLAQEAQZE4C14CAwICAgICAAACAgACAgACAgICAgICAgICAAQAAAAAAAICAgICAgICAgICAgICAgICAgICAgICAgICAAAAAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAAgACAEH9OQsBAQBBkToLXgIAAgICAgIAAAICAAICAAICAgICAgICAgIAAwAEAAAAAgICAgICAgICAgICAgICAgICAgICAgICAgIAAAACAgICAgICAgICAgICAgICAgICAgICAgICAgICAgACAAIAQfA7Cw1sb3NlZWVwLWFsaXZlAEGJPAsBAQBBoDwL4AEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBiT4LAQEAQaA+C+cBAQEBAQEBAQEBAQEBAgEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQFjaHVua2VkAEGwwAALXwEBAAEBAQEBAAABAQABAQABAQEBAQEBAQEBAAAAAAAAAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAAAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQABAEGQwgALIWVjdGlvbmVudC1sZW5ndGhvbnJveHktY29ubmVjdGlvbgBBwMIACy1yYW5zZmVyLWVuY29kaW5ncGdyYWRlDQoNCg0KU00NCg0KVFRQL0NFL1RTUC8AQfnCAAsFAQIAAQMAQZDDAAvgAQQBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAEH5xAALBQECAAEDAEGQxQAL4AEEAQEFAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBB+cYACwQBAAABAEGRxwAL3wEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAEH6yAALBAEAAAIAQZDJAAtfAwQAAAQEBAQEBAQEBAQEBQQEBAQEBAQEBAQEBAAEAAYHBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQABAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAAAAQAQfrKAAsEAQAAAQBBkMsACwEBAEGqywALQQIAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwAAAAAAAAMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAEH6zAALBAEAAAEAQZDNAAsBAQBBms0ACwYCAAAAAAIAQbHNAAs6AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwBB8M4AC5YBTk9VTkNFRUNLT1VUTkVDVEVURUNSSUJFTFVTSEVURUFEU0VBUkNIUkdFQ1RJVklUWUxFTkRBUlZFT1RJRllQVElPTlNDSFNFQVlTVEFUQ0hHRU9SRElSRUNUT1JUUkNIUEFSQU1FVEVSVVJDRUJTQ1JJQkVBUkRPV05BQ0VJTkROS0NLVUJTQ1JJQkVIVFRQL0FEVFAv","base64")},3742:(e,t,r)=>{const{Buffer:s}=r(4573);e.exports=s.from("AGFzbQEAAAABJwdgAX8Bf2ADf39/AX9gAX8AYAJ/fwBgBH9/f38Bf2AAAGADf39/AALLAQgDZW52GHdhc21fb25faGVhZGVyc19jb21wbGV0ZQAEA2VudhV3YXNtX29uX21lc3NhZ2VfYmVnaW4AAANlbnYLd2FzbV9vbl91cmwAAQNlbnYOd2FzbV9vbl9zdGF0dXMAAQNlbnYUd2FzbV9vbl9oZWFkZXJfZmllbGQAAQNlbnYUd2FzbV9vbl9oZWFkZXJfdmFsdWUAAQNlbnYMd2FzbV9vbl9ib2R5AAEDZW52GHdhc21fb25fbWVzc2FnZV9jb21wbGV0ZQAAAy0sBQYAAAIAAAAAAAACAQIAAgICAAADAAAAAAMDAwMBAQEBAQEBAQEAAAIAAAAEBQFwARISBQMBAAIGCAF/AUGA1AQLB9EFIgZtZW1vcnkCAAtfaW5pdGlhbGl6ZQAIGV9faW5kaXJlY3RfZnVuY3Rpb25fdGFibGUBAAtsbGh0dHBfaW5pdAAJGGxsaHR0cF9zaG91bGRfa2VlcF9hbGl2ZQAvDGxsaHR0cF9hbGxvYwALBm1hbGxvYwAxC2xsaHR0cF9mcmVlAAwEZnJlZQAMD2xsaHR0cF9nZXRfdHlwZQANFWxsaHR0cF9nZXRfaHR0cF9tYWpvcgAOFWxsaHR0cF9nZXRfaHR0cF9taW5vcgAPEWxsaHR0cF9nZXRfbWV0aG9kABAWbGxodHRwX2dldF9zdGF0dXNfY29kZQAREmxsaHR0cF9nZXRfdXBncmFkZQASDGxsaHR0cF9yZXNldAATDmxsaHR0cF9leGVjdXRlABQUbGxodHRwX3NldHRpbmdzX2luaXQAFQ1sbGh0dHBfZmluaXNoABYMbGxodHRwX3BhdXNlABcNbGxodHRwX3Jlc3VtZQAYG2xsaHR0cF9yZXN1bWVfYWZ0ZXJfdXBncmFkZQAZEGxsaHR0cF9nZXRfZXJybm8AGhdsbGh0dHBfZ2V0X2Vycm9yX3JlYXNvbgAbF2xsaHR0cF9zZXRfZXJyb3JfcmVhc29uABwUbGxodHRwX2dldF9lcnJvcl9wb3MAHRFsbGh0dHBfZXJybm9fbmFtZQAeEmxsaHR0cF9tZXRob2RfbmFtZQAfEmxsaHR0cF9zdGF0dXNfbmFtZQAgGmxsaHR0cF9zZXRfbGVuaWVudF9oZWFkZXJzACEhbGxodHRwX3NldF9sZW5pZW50X2NodW5rZWRfbGVuZ3RoACIdbGxodHRwX3NldF9sZW5pZW50X2tlZXBfYWxpdmUAIyRsbGh0dHBfc2V0X2xlbmllbnRfdHJhbnNmZXJfZW5jb2RpbmcAJBhsbGh0dHBfbWVzc2FnZV9uZWVkc19lb2YALgkXAQBBAQsRAQIDBAUKBgcrLSwqKSglJyYK77MCLBYAQYjQACgCAARAAAtBiNAAQQE2AgALFAAgABAwIAAgAjYCOCAAIAE6ACgLFAAgACAALwEyIAAtAC4gABAvEAALHgEBf0HAABAyIgEQMCABQYAINgI4IAEgADoAKCABC48MAQd/AkAgAEUNACAAQQhrIgEgAEEEaygCACIAQXhxIgRqIQUCQCAAQQFxDQAgAEEDcUUNASABIAEoAgAiAGsiAUGc0AAoAgBJDQEgACAEaiEEAkACQEGg0AAoAgAgAUcEQCAAQf8BTQRAIABBA3YhAyABKAIIIgAgASgCDCICRgRAQYzQAEGM0AAoAgBBfiADd3E2AgAMBQsgAiAANgIIIAAgAjYCDAwECyABKAIYIQYgASABKAIMIgBHBEAgACABKAIIIgI2AgggAiAANgIMDAMLIAFBFGoiAygCACICRQRAIAEoAhAiAkUNAiABQRBqIQMLA0AgAyEHIAIiAEEUaiIDKAIAIgINACAAQRBqIQMgACgCECICDQALIAdBADYCAAwCCyAFKAIEIgBBA3FBA0cNAiAFIABBfnE2AgRBlNAAIAQ2AgAgBSAENgIAIAEgBEEBcjYCBAwDC0EAIQALIAZFDQACQCABKAIcIgJBAnRBvNIAaiIDKAIAIAFGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAZBEEEUIAYoAhAgAUYbaiAANgIAIABFDQELIAAgBjYCGCABKAIQIgIEQCAAIAI2AhAgAiAANgIYCyABQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAFTw0AIAUoAgQiAEEBcUUNAAJAAkACQAJAIABBAnFFBEBBpNAAKAIAIAVGBEBBpNAAIAE2AgBBmNAAQZjQACgCACAEaiIANgIAIAEgAEEBcjYCBCABQaDQACgCAEcNBkGU0ABBADYCAEGg0ABBADYCAAwGC0Gg0AAoAgAgBUYEQEGg0AAgATYCAEGU0ABBlNAAKAIAIARqIgA2AgAgASAAQQFyNgIEIAAgAWogADYCAAwGCyAAQXhxIARqIQQgAEH/AU0EQCAAQQN2IQMgBSgCCCIAIAUoAgwiAkYEQEGM0ABBjNAAKAIAQX4gA3dxNgIADAULIAIgADYCCCAAIAI2AgwMBAsgBSgCGCEGIAUgBSgCDCIARwRAQZzQACgCABogACAFKAIIIgI2AgggAiAANgIMDAMLIAVBFGoiAygCACICRQRAIAUoAhAiAkUNAiAFQRBqIQMLA0AgAyEHIAIiAEEUaiIDKAIAIgINACAAQRBqIQMgACgCECICDQALIAdBADYCAAwCCyAFIABBfnE2AgQgASAEaiAENgIAIAEgBEEBcjYCBAwDC0EAIQALIAZFDQACQCAFKAIcIgJBAnRBvNIAaiIDKAIAIAVGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAZBEEEUIAYoAhAgBUYbaiAANgIAIABFDQELIAAgBjYCGCAFKAIQIgIEQCAAIAI2AhAgAiAANgIYCyAFQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAEaiAENgIAIAEgBEEBcjYCBCABQaDQACgCAEcNAEGU0AAgBDYCAAwBCyAEQf8BTQRAIARBeHFBtNAAaiEAAn9BjNAAKAIAIgJBASAEQQN2dCIDcUUEQEGM0AAgAiADcjYCACAADAELIAAoAggLIgIgATYCDCAAIAE2AgggASAANgIMIAEgAjYCCAwBC0EfIQIgBEH///8HTQRAIARBJiAEQQh2ZyIAa3ZBAXEgAEEBdGtBPmohAgsgASACNgIcIAFCADcCECACQQJ0QbzSAGohAAJAQZDQACgCACIDQQEgAnQiB3FFBEAgACABNgIAQZDQACADIAdyNgIAIAEgADYCGCABIAE2AgggASABNgIMDAELIARBGSACQQF2a0EAIAJBH0cbdCECIAAoAgAhAAJAA0AgACIDKAIEQXhxIARGDQEgAkEddiEAIAJBAXQhAiADIABBBHFqQRBqIgcoAgAiAA0ACyAHIAE2AgAgASADNgIYIAEgATYCDCABIAE2AggMAQsgAygCCCIAIAE2AgwgAyABNgIIIAFBADYCGCABIAM2AgwgASAANgIIC0Gs0ABBrNAAKAIAQQFrIgBBfyAAGzYCAAsLBwAgAC0AKAsHACAALQAqCwcAIAAtACsLBwAgAC0AKQsHACAALwEyCwcAIAAtAC4LQAEEfyAAKAIYIQEgAC0ALSECIAAtACghAyAAKAI4IQQgABAwIAAgBDYCOCAAIAM6ACggACACOgAtIAAgATYCGAu74gECB38DfiABIAJqIQQCQCAAIgIoAgwiAA0AIAIoAgQEQCACIAE2AgQLIwBBEGsiCCQAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAIoAhwiA0EBaw7dAdoBAdkBAgMEBQYHCAkKCwwNDtgBDxDXARES1gETFBUWFxgZGhvgAd8BHB0e1QEfICEiIyQl1AEmJygpKiss0wHSAS0u0QHQAS8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RFRtsBR0hJSs8BzgFLzQFMzAFNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AAYEBggGDAYQBhQGGAYcBiAGJAYoBiwGMAY0BjgGPAZABkQGSAZMBlAGVAZYBlwGYAZkBmgGbAZwBnQGeAZ8BoAGhAaIBowGkAaUBpgGnAagBqQGqAasBrAGtAa4BrwGwAbEBsgGzAbQBtQG2AbcBywHKAbgByQG5AcgBugG7AbwBvQG+Ab8BwAHBAcIBwwHEAcUBxgEA3AELQQAMxgELQQ4MxQELQQ0MxAELQQ8MwwELQRAMwgELQRMMwQELQRQMwAELQRUMvwELQRYMvgELQRgMvQELQRkMvAELQRoMuwELQRsMugELQRwMuQELQR0MuAELQQgMtwELQR4MtgELQSAMtQELQR8MtAELQQcMswELQSEMsgELQSIMsQELQSMMsAELQSQMrwELQRIMrgELQREMrQELQSUMrAELQSYMqwELQScMqgELQSgMqQELQcMBDKgBC0EqDKcBC0ErDKYBC0EsDKUBC0EtDKQBC0EuDKMBC0EvDKIBC0HEAQyhAQtBMAygAQtBNAyfAQtBDAyeAQtBMQydAQtBMgycAQtBMwybAQtBOQyaAQtBNQyZAQtBxQEMmAELQQsMlwELQToMlgELQTYMlQELQQoMlAELQTcMkwELQTgMkgELQTwMkQELQTsMkAELQT0MjwELQQkMjgELQSkMjQELQT4MjAELQT8MiwELQcAADIoBC0HBAAyJAQtBwgAMiAELQcMADIcBC0HEAAyGAQtBxQAMhQELQcYADIQBC0EXDIMBC0HHAAyCAQtByAAMgQELQckADIABC0HKAAx/C0HLAAx+C0HNAAx9C0HMAAx8C0HOAAx7C0HPAAx6C0HQAAx5C0HRAAx4C0HSAAx3C0HTAAx2C0HUAAx1C0HWAAx0C0HVAAxzC0EGDHILQdcADHELQQUMcAtB2AAMbwtBBAxuC0HZAAxtC0HaAAxsC0HbAAxrC0HcAAxqC0EDDGkLQd0ADGgLQd4ADGcLQd8ADGYLQeEADGULQeAADGQLQeIADGMLQeMADGILQQIMYQtB5AAMYAtB5QAMXwtB5gAMXgtB5wAMXQtB6AAMXAtB6QAMWwtB6gAMWgtB6wAMWQtB7AAMWAtB7QAMVwtB7gAMVgtB7wAMVQtB8AAMVAtB8QAMUwtB8gAMUgtB8wAMUQtB9AAMUAtB9QAMTwtB9gAMTgtB9wAMTQtB+AAMTAtB+QAMSwtB+gAMSgtB+wAMSQtB/AAMSAtB/QAMRwtB/gAMRgtB/wAMRQtBgAEMRAtBgQEMQwtBggEMQgtBgwEMQQtBhAEMQAtBhQEMPwtBhgEMPgtBhwEMPQtBiAEMPAtBiQEMOwtBigEMOgtBiwEMOQtBjAEMOAtBjQEMNwtBjgEMNgtBjwEMNQtBkAEMNAtBkQEMMwtBkgEMMgtBkwEMMQtBlAEMMAtBlQEMLwtBlgEMLgtBlwEMLQtBmAEMLAtBmQEMKwtBmgEMKgtBmwEMKQtBnAEMKAtBnQEMJwtBngEMJgtBnwEMJQtBoAEMJAtBoQEMIwtBogEMIgtBowEMIQtBpAEMIAtBpQEMHwtBpgEMHgtBpwEMHQtBqAEMHAtBqQEMGwtBqgEMGgtBqwEMGQtBrAEMGAtBrQEMFwtBrgEMFgtBAQwVC0GvAQwUC0GwAQwTC0GxAQwSC0GzAQwRC0GyAQwQC0G0AQwPC0G1AQwOC0G2AQwNC0G3AQwMC0G4AQwLC0G5AQwKC0G6AQwJC0G7AQwIC0HGAQwHC0G8AQwGC0G9AQwFC0G+AQwEC0G/AQwDC0HAAQwCC0HCAQwBC0HBAQshAwNAAkACQAJAAkACQAJAAkACQAJAIAICfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAgJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCADDsYBAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHyAhIyUmKCorLC8wMTIzNDU2Nzk6Ozw9lANAQkRFRklLTk9QUVJTVFVWWFpbXF1eX2BhYmNkZWZnaGpsb3Bxc3V2eHl6e3x/gAGBAYIBgwGEAYUBhgGHAYgBiQGKAYsBjAGNAY4BjwGQAZEBkgGTAZQBlQGWAZcBmAGZAZoBmwGcAZ0BngGfAaABoQGiAaMBpAGlAaYBpwGoAakBqgGrAawBrQGuAa8BsAGxAbIBswG0AbUBtgG3AbgBuQG6AbsBvAG9Ab4BvwHAAcEBwgHDAcQBxQHGAccByAHJAcsBzAHNAc4BzwGKA4kDiAOHA4QDgwOAA/sC+gL5AvgC9wL0AvMC8gLLAsECsALZAQsgASAERw3wAkHdASEDDLMDCyABIARHDcgBQcMBIQMMsgMLIAEgBEcNe0H3ACEDDLEDCyABIARHDXBB7wAhAwywAwsgASAERw1pQeoAIQMMrwMLIAEgBEcNZUHoACEDDK4DCyABIARHDWJB5gAhAwytAwsgASAERw0aQRghAwysAwsgASAERw0VQRIhAwyrAwsgASAERw1CQcUAIQMMqgMLIAEgBEcNNEE/IQMMqQMLIAEgBEcNMkE8IQMMqAMLIAEgBEcNK0ExIQMMpwMLIAItAC5BAUYNnwMMwQILQQAhAAJAAkACQCACLQAqRQ0AIAItACtFDQAgAi8BMCIDQQJxRQ0BDAILIAIvATAiA0EBcUUNAQtBASEAIAItAChBAUYNACACLwEyIgVB5ABrQeQASQ0AIAVBzAFGDQAgBUGwAkYNACADQcAAcQ0AQQAhACADQYgEcUGABEYNACADQShxQQBHIQALIAJBADsBMCACQQA6AC8gAEUN3wIgAkIANwMgDOACC0EAIQACQCACKAI4IgNFDQAgAygCLCIDRQ0AIAIgAxEAACEACyAARQ3MASAAQRVHDd0CIAJBBDYCHCACIAE2AhQgAkGwGDYCECACQRU2AgxBACEDDKQDCyABIARGBEBBBiEDDKQDCyABQQFqIQFBACEAAkAgAigCOCIDRQ0AIAMoAlQiA0UNACACIAMRAAAhAAsgAA3ZAgwcCyACQgA3AyBBEiEDDIkDCyABIARHDRZBHSEDDKEDCyABIARHBEAgAUEBaiEBQRAhAwyIAwtBByEDDKADCyACIAIpAyAiCiAEIAFrrSILfSIMQgAgCiAMWhs3AyAgCiALWA3UAkEIIQMMnwMLIAEgBEcEQCACQQk2AgggAiABNgIEQRQhAwyGAwtBCSEDDJ4DCyACKQMgQgBSDccBIAIgAi8BMEGAAXI7ATAMQgsgASAERw0/QdAAIQMMnAMLIAEgBEYEQEELIQMMnAMLIAFBAWohAUEAIQACQCACKAI4IgNFDQAgAygCUCIDRQ0AIAIgAxEAACEACyAADc8CDMYBC0EAIQACQCACKAI4IgNFDQAgAygCSCIDRQ0AIAIgAxEAACEACyAARQ3GASAAQRVHDc0CIAJBCzYCHCACIAE2AhQgAkGCGTYCECACQRU2AgxBACEDDJoDC0EAIQACQCACKAI4IgNFDQAgAygCSCIDRQ0AIAIgAxEAACEACyAARQ0MIABBFUcNygIgAkEaNgIcIAIgATYCFCACQYIZNgIQIAJBFTYCDEEAIQMMmQMLQQAhAAJAIAIoAjgiA0UNACADKAJMIgNFDQAgAiADEQAAIQALIABFDcQBIABBFUcNxwIgAkELNgIcIAIgATYCFCACQZEXNgIQIAJBFTYCDEEAIQMMmAMLIAEgBEYEQEEPIQMMmAMLIAEtAAAiAEE7Rg0HIABBDUcNxAIgAUEBaiEBDMMBC0EAIQACQCACKAI4IgNFDQAgAygCTCIDRQ0AIAIgAxEAACEACyAARQ3DASAAQRVHDcICIAJBDzYCHCACIAE2AhQgAkGRFzYCECACQRU2AgxBACEDDJYDCwNAIAEtAABB8DVqLQAAIgBBAUcEQCAAQQJHDcECIAIoAgQhAEEAIQMgAkEANgIEIAIgACABQQFqIgEQLSIADcICDMUBCyAEIAFBAWoiAUcNAAtBEiEDDJUDC0EAIQACQCACKAI4IgNFDQAgAygCTCIDRQ0AIAIgAxEAACEACyAARQ3FASAAQRVHDb0CIAJBGzYCHCACIAE2AhQgAkGRFzYCECACQRU2AgxBACEDDJQDCyABIARGBEBBFiEDDJQDCyACQQo2AgggAiABNgIEQQAhAAJAIAIoAjgiA0UNACADKAJIIgNFDQAgAiADEQAAIQALIABFDcIBIABBFUcNuQIgAkEVNgIcIAIgATYCFCACQYIZNgIQIAJBFTYCDEEAIQMMkwMLIAEgBEcEQANAIAEtAABB8DdqLQAAIgBBAkcEQAJAIABBAWsOBMQCvQIAvgK9AgsgAUEBaiEBQQghAwz8AgsgBCABQQFqIgFHDQALQRUhAwyTAwtBFSEDDJIDCwNAIAEtAABB8DlqLQAAIgBBAkcEQCAAQQFrDgTFArcCwwK4ArcCCyAEIAFBAWoiAUcNAAtBGCEDDJEDCyABIARHBEAgAkELNgIIIAIgATYCBEEHIQMM+AILQRkhAwyQAwsgAUEBaiEBDAILIAEgBEYEQEEaIQMMjwMLAkAgAS0AAEENaw4UtQG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwEAvwELQQAhAyACQQA2AhwgAkGvCzYCECACQQI2AgwgAiABQQFqNgIUDI4DCyABIARGBEBBGyEDDI4DCyABLQAAIgBBO0cEQCAAQQ1HDbECIAFBAWohAQy6AQsgAUEBaiEBC0EiIQMM8wILIAEgBEYEQEEcIQMMjAMLQgAhCgJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AAEEwaw43wQLAAgABAgMEBQYH0AHQAdAB0AHQAdAB0AEICQoLDA3QAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdABDg8QERIT0AELQgIhCgzAAgtCAyEKDL8CC0IEIQoMvgILQgUhCgy9AgtCBiEKDLwCC0IHIQoMuwILQgghCgy6AgtCCSEKDLkCC0IKIQoMuAILQgshCgy3AgtCDCEKDLYCC0INIQoMtQILQg4hCgy0AgtCDyEKDLMCC0IKIQoMsgILQgshCgyxAgtCDCEKDLACC0INIQoMrwILQg4hCgyuAgtCDyEKDK0CC0IAIQoCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAEtAABBMGsON8ACvwIAAQIDBAUGB74CvgK+Ar4CvgK+Ar4CCAkKCwwNvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ag4PEBESE74CC0ICIQoMvwILQgMhCgy+AgtCBCEKDL0CC0IFIQoMvAILQgYhCgy7AgtCByEKDLoCC0IIIQoMuQILQgkhCgy4AgtCCiEKDLcCC0ILIQoMtgILQgwhCgy1AgtCDSEKDLQCC0IOIQoMswILQg8hCgyyAgtCCiEKDLECC0ILIQoMsAILQgwhCgyvAgtCDSEKDK4CC0IOIQoMrQILQg8hCgysAgsgAiACKQMgIgogBCABa60iC30iDEIAIAogDFobNwMgIAogC1gNpwJBHyEDDIkDCyABIARHBEAgAkEJNgIIIAIgATYCBEElIQMM8AILQSAhAwyIAwtBASEFIAIvATAiA0EIcUUEQCACKQMgQgBSIQULAkAgAi0ALgRAQQEhACACLQApQQVGDQEgA0HAAHFFIAVxRQ0BC0EAIQAgA0HAAHENAEECIQAgA0EIcQ0AIANBgARxBEACQCACLQAoQQFHDQAgAi0ALUEKcQ0AQQUhAAwCC0EEIQAMAQsgA0EgcUUEQAJAIAItAChBAUYNACACLwEyIgBB5ABrQeQASQ0AIABBzAFGDQAgAEGwAkYNAEEEIQAgA0EocUUNAiADQYgEcUGABEYNAgtBACEADAELQQBBAyACKQMgUBshAAsgAEEBaw4FvgIAsAEBpAKhAgtBESEDDO0CCyACQQE6AC8MhAMLIAEgBEcNnQJBJCEDDIQDCyABIARHDRxBxgAhAwyDAwtBACEAAkAgAigCOCIDRQ0AIAMoAkQiA0UNACACIAMRAAAhAAsgAEUNJyAAQRVHDZgCIAJB0AA2AhwgAiABNgIUIAJBkRg2AhAgAkEVNgIMQQAhAwyCAwsgASAERgRAQSghAwyCAwtBACEDIAJBADYCBCACQQw2AgggAiABIAEQKiIARQ2UAiACQSc2AhwgAiABNgIUIAIgADYCDAyBAwsgASAERgRAQSkhAwyBAwsgAS0AACIAQSBGDRMgAEEJRw2VAiABQQFqIQEMFAsgASAERwRAIAFBAWohAQwWC0EqIQMM/wILIAEgBEYEQEErIQMM/wILIAEtAAAiAEEJRyAAQSBHcQ2QAiACLQAsQQhHDd0CIAJBADoALAzdAgsgASAERgRAQSwhAwz+AgsgAS0AAEEKRw2OAiABQQFqIQEMsAELIAEgBEcNigJBLyEDDPwCCwNAIAEtAAAiAEEgRwRAIABBCmsOBIQCiAKIAoQChgILIAQgAUEBaiIBRw0AC0ExIQMM+wILQTIhAyABIARGDfoCIAIoAgAiACAEIAFraiEHIAEgAGtBA2ohBgJAA0AgAEHwO2otAAAgAS0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQEgAEEDRgRAQQYhAQziAgsgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAc2AgAM+wILIAJBADYCAAyGAgtBMyEDIAQgASIARg35AiAEIAFrIAIoAgAiAWohByAAIAFrQQhqIQYCQANAIAFB9DtqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBCEYEQEEFIQEM4QILIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADPoCCyACQQA2AgAgACEBDIUCC0E0IQMgBCABIgBGDfgCIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgJAA0AgAUHQwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBBUYEQEEHIQEM4AILIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADPkCCyACQQA2AgAgACEBDIQCCyABIARHBEADQCABLQAAQYA+ai0AACIAQQFHBEAgAEECRg0JDIECCyAEIAFBAWoiAUcNAAtBMCEDDPgCC0EwIQMM9wILIAEgBEcEQANAIAEtAAAiAEEgRwRAIABBCmsOBP8B/gH+Af8B/gELIAQgAUEBaiIBRw0AC0E4IQMM9wILQTghAwz2AgsDQCABLQAAIgBBIEcgAEEJR3EN9gEgBCABQQFqIgFHDQALQTwhAwz1AgsDQCABLQAAIgBBIEcEQAJAIABBCmsOBPkBBAT5AQALIABBLEYN9QEMAwsgBCABQQFqIgFHDQALQT8hAwz0AgtBwAAhAyABIARGDfMCIAIoAgAiACAEIAFraiEFIAEgAGtBBmohBgJAA0AgAEGAQGstAAAgAS0AAEEgckcNASAAQQZGDdsCIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPQCCyACQQA2AgALQTYhAwzZAgsgASAERgRAQcEAIQMM8gILIAJBDDYCCCACIAE2AgQgAi0ALEEBaw4E+wHuAewB6wHUAgsgAUEBaiEBDPoBCyABIARHBEADQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxIgBBCUYNACAAQSBGDQACQAJAAkACQCAAQeMAaw4TAAMDAwMDAwMBAwMDAwMDAwMDAgMLIAFBAWohAUExIQMM3AILIAFBAWohAUEyIQMM2wILIAFBAWohAUEzIQMM2gILDP4BCyAEIAFBAWoiAUcNAAtBNSEDDPACC0E1IQMM7wILIAEgBEcEQANAIAEtAABBgDxqLQAAQQFHDfcBIAQgAUEBaiIBRw0AC0E9IQMM7wILQT0hAwzuAgtBACEAAkAgAigCOCIDRQ0AIAMoAkAiA0UNACACIAMRAAAhAAsgAEUNASAAQRVHDeYBIAJBwgA2AhwgAiABNgIUIAJB4xg2AhAgAkEVNgIMQQAhAwztAgsgAUEBaiEBC0E8IQMM0gILIAEgBEYEQEHCACEDDOsCCwJAA0ACQCABLQAAQQlrDhgAAswCzALRAswCzALMAswCzALMAswCzALMAswCzALMAswCzALMAswCzALMAgDMAgsgBCABQQFqIgFHDQALQcIAIQMM6wILIAFBAWohASACLQAtQQFxRQ3+AQtBLCEDDNACCyABIARHDd4BQcQAIQMM6AILA0AgAS0AAEGQwABqLQAAQQFHDZwBIAQgAUEBaiIBRw0AC0HFACEDDOcCCyABLQAAIgBBIEYN/gEgAEE6Rw3AAiACKAIEIQBBACEDIAJBADYCBCACIAAgARApIgAN3gEM3QELQccAIQMgBCABIgBGDeUCIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgNAIAFBkMIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNvwIgAUEFRg3CAiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBzYCAAzlAgtByAAhAyAEIAEiAEYN5AIgBCABayACKAIAIgFqIQcgACABa0EJaiEGA0AgAUGWwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw2+AkECIAFBCUYNwgIaIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADOQCCyABIARGBEBByQAhAwzkAgsCQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxQe4Aaw4HAL8CvwK/Ar8CvwIBvwILIAFBAWohAUE+IQMMywILIAFBAWohAUE/IQMMygILQcoAIQMgBCABIgBGDeICIAQgAWsgAigCACIBaiEGIAAgAWtBAWohBwNAIAFBoMIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNvAIgAUEBRg2+AiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBjYCAAziAgtBywAhAyAEIAEiAEYN4QIgBCABayACKAIAIgFqIQcgACABa0EOaiEGA0AgAUGiwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw27AiABQQ5GDb4CIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADOECC0HMACEDIAQgASIARg3gAiAEIAFrIAIoAgAiAWohByAAIAFrQQ9qIQYDQCABQcDCAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDboCQQMgAUEPRg2+AhogAUEBaiEBIAQgAEEBaiIARw0ACyACIAc2AgAM4AILQc0AIQMgBCABIgBGDd8CIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgNAIAFB0MIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNuQJBBCABQQVGDb0CGiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBzYCAAzfAgsgASAERgRAQc4AIQMM3wILAkACQAJAAkAgAS0AACIAQSByIAAgAEHBAGtB/wFxQRpJG0H/AXFB4wBrDhMAvAK8ArwCvAK8ArwCvAK8ArwCvAK8ArwCAbwCvAK8AgIDvAILIAFBAWohAUHBACEDDMgCCyABQQFqIQFBwgAhAwzHAgsgAUEBaiEBQcMAIQMMxgILIAFBAWohAUHEACEDDMUCCyABIARHBEAgAkENNgIIIAIgATYCBEHFACEDDMUCC0HPACEDDN0CCwJAAkAgAS0AAEEKaw4EAZABkAEAkAELIAFBAWohAQtBKCEDDMMCCyABIARGBEBB0QAhAwzcAgsgAS0AAEEgRw0AIAFBAWohASACLQAtQQFxRQ3QAQtBFyEDDMECCyABIARHDcsBQdIAIQMM2QILQdMAIQMgASAERg3YAiACKAIAIgAgBCABa2ohBiABIABrQQFqIQUDQCABLQAAIABB1sIAai0AAEcNxwEgAEEBRg3KASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBjYCAAzYAgsgASAERgRAQdUAIQMM2AILIAEtAABBCkcNwgEgAUEBaiEBDMoBCyABIARGBEBB1gAhAwzXAgsCQAJAIAEtAABBCmsOBADDAcMBAcMBCyABQQFqIQEMygELIAFBAWohAUHKACEDDL0CC0EAIQACQCACKAI4IgNFDQAgAygCPCIDRQ0AIAIgAxEAACEACyAADb8BQc0AIQMMvAILIAItAClBIkYNzwIMiQELIAQgASIFRgRAQdsAIQMM1AILQQAhAEEBIQFBASEGQQAhAwJAAn8CQAJAAkACQAJAAkACQCAFLQAAQTBrDgrFAcQBAAECAwQFBgjDAQtBAgwGC0EDDAULQQQMBAtBBQwDC0EGDAILQQcMAQtBCAshA0EAIQFBACEGDL0BC0EJIQNBASEAQQAhAUEAIQYMvAELIAEgBEYEQEHdACEDDNMCCyABLQAAQS5HDbgBIAFBAWohAQyIAQsgASAERw22AUHfACEDDNECCyABIARHBEAgAkEONgIIIAIgATYCBEHQACEDDLgCC0HgACEDDNACC0HhACEDIAEgBEYNzwIgAigCACIAIAQgAWtqIQUgASAAa0EDaiEGA0AgAS0AACAAQeLCAGotAABHDbEBIABBA0YNswEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMzwILQeIAIQMgASAERg3OAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYDQCABLQAAIABB5sIAai0AAEcNsAEgAEECRg2vASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAzOAgtB4wAhAyABIARGDc0CIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgNAIAEtAAAgAEHpwgBqLQAARw2vASAAQQNGDa0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADM0CCyABIARGBEBB5QAhAwzNAgsgAUEBaiEBQQAhAAJAIAIoAjgiA0UNACADKAIwIgNFDQAgAiADEQAAIQALIAANqgFB1gAhAwyzAgsgASAERwRAA0AgAS0AACIAQSBHBEACQAJAAkAgAEHIAGsOCwABswGzAbMBswGzAbMBswGzAQKzAQsgAUEBaiEBQdIAIQMMtwILIAFBAWohAUHTACEDDLYCCyABQQFqIQFB1AAhAwy1AgsgBCABQQFqIgFHDQALQeQAIQMMzAILQeQAIQMMywILA0AgAS0AAEHwwgBqLQAAIgBBAUcEQCAAQQJrDgOnAaYBpQGkAQsgBCABQQFqIgFHDQALQeYAIQMMygILIAFBAWogASAERw0CGkHnACEDDMkCCwNAIAEtAABB8MQAai0AACIAQQFHBEACQCAAQQJrDgSiAaEBoAEAnwELQdcAIQMMsQILIAQgAUEBaiIBRw0AC0HoACEDDMgCCyABIARGBEBB6QAhAwzIAgsCQCABLQAAIgBBCmsOGrcBmwGbAbQBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBpAGbAZsBAJkBCyABQQFqCyEBQQYhAwytAgsDQCABLQAAQfDGAGotAABBAUcNfSAEIAFBAWoiAUcNAAtB6gAhAwzFAgsgAUEBaiABIARHDQIaQesAIQMMxAILIAEgBEYEQEHsACEDDMQCCyABQQFqDAELIAEgBEYEQEHtACEDDMMCCyABQQFqCyEBQQQhAwyoAgsgASAERgRAQe4AIQMMwQILAkACQAJAIAEtAABB8MgAai0AAEEBaw4HkAGPAY4BAHwBAo0BCyABQQFqIQEMCwsgAUEBagyTAQtBACEDIAJBADYCHCACQZsSNgIQIAJBBzYCDCACIAFBAWo2AhQMwAILAkADQCABLQAAQfDIAGotAAAiAEEERwRAAkACQCAAQQFrDgeUAZMBkgGNAQAEAY0BC0HaACEDDKoCCyABQQFqIQFB3AAhAwypAgsgBCABQQFqIgFHDQALQe8AIQMMwAILIAFBAWoMkQELIAQgASIARgRAQfAAIQMMvwILIAAtAABBL0cNASAAQQFqIQEMBwsgBCABIgBGBEBB8QAhAwy+AgsgAC0AACIBQS9GBEAgAEEBaiEBQd0AIQMMpQILIAFBCmsiA0EWSw0AIAAhAUEBIAN0QYmAgAJxDfkBC0EAIQMgAkEANgIcIAIgADYCFCACQYwcNgIQIAJBBzYCDAy8AgsgASAERwRAIAFBAWohAUHeACEDDKMCC0HyACEDDLsCCyABIARGBEBB9AAhAwy7AgsCQCABLQAAQfDMAGotAABBAWsOA/cBcwCCAQtB4QAhAwyhAgsgASAERwRAA0AgAS0AAEHwygBqLQAAIgBBA0cEQAJAIABBAWsOAvkBAIUBC0HfACEDDKMCCyAEIAFBAWoiAUcNAAtB8wAhAwy6AgtB8wAhAwy5AgsgASAERwRAIAJBDzYCCCACIAE2AgRB4AAhAwygAgtB9QAhAwy4AgsgASAERgRAQfYAIQMMuAILIAJBDzYCCCACIAE2AgQLQQMhAwydAgsDQCABLQAAQSBHDY4CIAQgAUEBaiIBRw0AC0H3ACEDDLUCCyABIARGBEBB+AAhAwy1AgsgAS0AAEEgRw16IAFBAWohAQxbC0EAIQACQCACKAI4IgNFDQAgAygCOCIDRQ0AIAIgAxEAACEACyAADXgMgAILIAEgBEYEQEH6ACEDDLMCCyABLQAAQcwARw10IAFBAWohAUETDHYLQfsAIQMgASAERg2xAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYDQCABLQAAIABB8M4Aai0AAEcNcyAAQQVGDXUgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMsQILIAEgBEYEQEH8ACEDDLECCwJAAkAgAS0AAEHDAGsODAB0dHR0dHR0dHR0AXQLIAFBAWohAUHmACEDDJgCCyABQQFqIQFB5wAhAwyXAgtB/QAhAyABIARGDa8CIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQe3PAGotAABHDXIgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADLACCyACQQA2AgAgBkEBaiEBQRAMcwtB/gAhAyABIARGDa4CIAIoAgAiACAEIAFraiEFIAEgAGtBBWohBgJAA0AgAS0AACAAQfbOAGotAABHDXEgAEEFRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADK8CCyACQQA2AgAgBkEBaiEBQRYMcgtB/wAhAyABIARGDa0CIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQfzOAGotAABHDXAgAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADK4CCyACQQA2AgAgBkEBaiEBQQUMcQsgASAERgRAQYABIQMMrQILIAEtAABB2QBHDW4gAUEBaiEBQQgMcAsgASAERgRAQYEBIQMMrAILAkACQCABLQAAQc4Aaw4DAG8BbwsgAUEBaiEBQesAIQMMkwILIAFBAWohAUHsACEDDJICCyABIARGBEBBggEhAwyrAgsCQAJAIAEtAABByABrDggAbm5ubm5uAW4LIAFBAWohAUHqACEDDJICCyABQQFqIQFB7QAhAwyRAgtBgwEhAyABIARGDakCIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQYDPAGotAABHDWwgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADKoCCyACQQA2AgAgBkEBaiEBQQAMbQtBhAEhAyABIARGDagCIAIoAgAiACAEIAFraiEFIAEgAGtBBGohBgJAA0AgAS0AACAAQYPPAGotAABHDWsgAEEERg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADKkCCyACQQA2AgAgBkEBaiEBQSMMbAsgASAERgRAQYUBIQMMqAILAkACQCABLQAAQcwAaw4IAGtra2trawFrCyABQQFqIQFB7wAhAwyPAgsgAUEBaiEBQfAAIQMMjgILIAEgBEYEQEGGASEDDKcCCyABLQAAQcUARw1oIAFBAWohAQxgC0GHASEDIAEgBEYNpQIgAigCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABBiM8Aai0AAEcNaCAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMpgILIAJBADYCACAGQQFqIQFBLQxpC0GIASEDIAEgBEYNpAIgAigCACIAIAQgAWtqIQUgASAAa0EIaiEGAkADQCABLQAAIABB0M8Aai0AAEcNZyAAQQhGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMpQILIAJBADYCACAGQQFqIQFBKQxoCyABIARGBEBBiQEhAwykAgtBASABLQAAQd8ARw1nGiABQQFqIQEMXgtBigEhAyABIARGDaICIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgNAIAEtAAAgAEGMzwBqLQAARw1kIABBAUYN+gEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMogILQYsBIQMgASAERg2hAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGOzwBqLQAARw1kIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyiAgsgAkEANgIAIAZBAWohAUECDGULQYwBIQMgASAERg2gAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHwzwBqLQAARw1jIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyhAgsgAkEANgIAIAZBAWohAUEfDGQLQY0BIQMgASAERg2fAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHyzwBqLQAARw1iIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAygAgsgAkEANgIAIAZBAWohAUEJDGMLIAEgBEYEQEGOASEDDJ8CCwJAAkAgAS0AAEHJAGsOBwBiYmJiYgFiCyABQQFqIQFB+AAhAwyGAgsgAUEBaiEBQfkAIQMMhQILQY8BIQMgASAERg2dAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGRzwBqLQAARw1gIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyeAgsgAkEANgIAIAZBAWohAUEYDGELQZABIQMgASAERg2cAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGXzwBqLQAARw1fIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAydAgsgAkEANgIAIAZBAWohAUEXDGALQZEBIQMgASAERg2bAiACKAIAIgAgBCABa2ohBSABIABrQQZqIQYCQANAIAEtAAAgAEGazwBqLQAARw1eIABBBkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAycAgsgAkEANgIAIAZBAWohAUEVDF8LQZIBIQMgASAERg2aAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGhzwBqLQAARw1dIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAybAgsgAkEANgIAIAZBAWohAUEeDF4LIAEgBEYEQEGTASEDDJoCCyABLQAAQcwARw1bIAFBAWohAUEKDF0LIAEgBEYEQEGUASEDDJkCCwJAAkAgAS0AAEHBAGsODwBcXFxcXFxcXFxcXFxcAVwLIAFBAWohAUH+ACEDDIACCyABQQFqIQFB/wAhAwz/AQsgASAERgRAQZUBIQMMmAILAkACQCABLQAAQcEAaw4DAFsBWwsgAUEBaiEBQf0AIQMM/wELIAFBAWohAUGAASEDDP4BC0GWASEDIAEgBEYNlgIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBp88Aai0AAEcNWSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlwILIAJBADYCACAGQQFqIQFBCwxaCyABIARGBEBBlwEhAwyWAgsCQAJAAkACQCABLQAAQS1rDiMAW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1sBW1tbW1sCW1tbA1sLIAFBAWohAUH7ACEDDP8BCyABQQFqIQFB/AAhAwz+AQsgAUEBaiEBQYEBIQMM/QELIAFBAWohAUGCASEDDPwBC0GYASEDIAEgBEYNlAIgAigCACIAIAQgAWtqIQUgASAAa0EEaiEGAkADQCABLQAAIABBqc8Aai0AAEcNVyAAQQRGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlQILIAJBADYCACAGQQFqIQFBGQxYC0GZASEDIAEgBEYNkwIgAigCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABBrs8Aai0AAEcNViAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlAILIAJBADYCACAGQQFqIQFBBgxXC0GaASEDIAEgBEYNkgIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBtM8Aai0AAEcNVSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMkwILIAJBADYCACAGQQFqIQFBHAxWC0GbASEDIAEgBEYNkQIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBts8Aai0AAEcNVCAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMkgILIAJBADYCACAGQQFqIQFBJwxVCyABIARGBEBBnAEhAwyRAgsCQAJAIAEtAABB1ABrDgIAAVQLIAFBAWohAUGGASEDDPgBCyABQQFqIQFBhwEhAwz3AQtBnQEhAyABIARGDY8CIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQbjPAGotAABHDVIgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADJACCyACQQA2AgAgBkEBaiEBQSYMUwtBngEhAyABIARGDY4CIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQbrPAGotAABHDVEgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI8CCyACQQA2AgAgBkEBaiEBQQMMUgtBnwEhAyABIARGDY0CIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQe3PAGotAABHDVAgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI4CCyACQQA2AgAgBkEBaiEBQQwMUQtBoAEhAyABIARGDYwCIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQbzPAGotAABHDU8gAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI0CCyACQQA2AgAgBkEBaiEBQQ0MUAsgASAERgRAQaEBIQMMjAILAkACQCABLQAAQcYAaw4LAE9PT09PT09PTwFPCyABQQFqIQFBiwEhAwzzAQsgAUEBaiEBQYwBIQMM8gELIAEgBEYEQEGiASEDDIsCCyABLQAAQdAARw1MIAFBAWohAQxGCyABIARGBEBBowEhAwyKAgsCQAJAIAEtAABByQBrDgcBTU1NTU0ATQsgAUEBaiEBQY4BIQMM8QELIAFBAWohAUEiDE0LQaQBIQMgASAERg2IAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHAzwBqLQAARw1LIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyJAgsgAkEANgIAIAZBAWohAUEdDEwLIAEgBEYEQEGlASEDDIgCCwJAAkAgAS0AAEHSAGsOAwBLAUsLIAFBAWohAUGQASEDDO8BCyABQQFqIQFBBAxLCyABIARGBEBBpgEhAwyHAgsCQAJAAkACQAJAIAEtAABBwQBrDhUATU1NTU1NTU1NTQFNTQJNTQNNTQRNCyABQQFqIQFBiAEhAwzxAQsgAUEBaiEBQYkBIQMM8AELIAFBAWohAUGKASEDDO8BCyABQQFqIQFBjwEhAwzuAQsgAUEBaiEBQZEBIQMM7QELQacBIQMgASAERg2FAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHtzwBqLQAARw1IIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyGAgsgAkEANgIAIAZBAWohAUERDEkLQagBIQMgASAERg2EAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHCzwBqLQAARw1HIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyFAgsgAkEANgIAIAZBAWohAUEsDEgLQakBIQMgASAERg2DAiACKAIAIgAgBCABa2ohBSABIABrQQRqIQYCQANAIAEtAAAgAEHFzwBqLQAARw1GIABBBEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyEAgsgAkEANgIAIAZBAWohAUErDEcLQaoBIQMgASAERg2CAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHKzwBqLQAARw1FIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyDAgsgAkEANgIAIAZBAWohAUEUDEYLIAEgBEYEQEGrASEDDIICCwJAAkACQAJAIAEtAABBwgBrDg8AAQJHR0dHR0dHR0dHRwNHCyABQQFqIQFBkwEhAwzrAQsgAUEBaiEBQZQBIQMM6gELIAFBAWohAUGVASEDDOkBCyABQQFqIQFBlgEhAwzoAQsgASAERgRAQawBIQMMgQILIAEtAABBxQBHDUIgAUEBaiEBDD0LQa0BIQMgASAERg3/ASACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHNzwBqLQAARw1CIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyAAgsgAkEANgIAIAZBAWohAUEODEMLIAEgBEYEQEGuASEDDP8BCyABLQAAQdAARw1AIAFBAWohAUElDEILQa8BIQMgASAERg39ASACKAIAIgAgBCABa2ohBSABIABrQQhqIQYCQANAIAEtAAAgAEHQzwBqLQAARw1AIABBCEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz+AQsgAkEANgIAIAZBAWohAUEqDEELIAEgBEYEQEGwASEDDP0BCwJAAkAgAS0AAEHVAGsOCwBAQEBAQEBAQEABQAsgAUEBaiEBQZoBIQMM5AELIAFBAWohAUGbASEDDOMBCyABIARGBEBBsQEhAwz8AQsCQAJAIAEtAABBwQBrDhQAPz8/Pz8/Pz8/Pz8/Pz8/Pz8/AT8LIAFBAWohAUGZASEDDOMBCyABQQFqIQFBnAEhAwziAQtBsgEhAyABIARGDfoBIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQdnPAGotAABHDT0gAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPsBCyACQQA2AgAgBkEBaiEBQSEMPgtBswEhAyABIARGDfkBIAIoAgAiACAEIAFraiEFIAEgAGtBBmohBgJAA0AgAS0AACAAQd3PAGotAABHDTwgAEEGRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPoBCyACQQA2AgAgBkEBaiEBQRoMPQsgASAERgRAQbQBIQMM+QELAkACQAJAIAEtAABBxQBrDhEAPT09PT09PT09AT09PT09Aj0LIAFBAWohAUGdASEDDOEBCyABQQFqIQFBngEhAwzgAQsgAUEBaiEBQZ8BIQMM3wELQbUBIQMgASAERg33ASACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEHkzwBqLQAARw06IABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz4AQsgAkEANgIAIAZBAWohAUEoDDsLQbYBIQMgASAERg32ASACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHqzwBqLQAARw05IABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz3AQsgAkEANgIAIAZBAWohAUEHDDoLIAEgBEYEQEG3ASEDDPYBCwJAAkAgAS0AAEHFAGsODgA5OTk5OTk5OTk5OTkBOQsgAUEBaiEBQaEBIQMM3QELIAFBAWohAUGiASEDDNwBC0G4ASEDIAEgBEYN9AEgAigCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABB7c8Aai0AAEcNNyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM9QELIAJBADYCACAGQQFqIQFBEgw4C0G5ASEDIAEgBEYN8wEgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB8M8Aai0AAEcNNiAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM9AELIAJBADYCACAGQQFqIQFBIAw3C0G6ASEDIAEgBEYN8gEgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB8s8Aai0AAEcNNSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM8wELIAJBADYCACAGQQFqIQFBDww2CyABIARGBEBBuwEhAwzyAQsCQAJAIAEtAABByQBrDgcANTU1NTUBNQsgAUEBaiEBQaUBIQMM2QELIAFBAWohAUGmASEDDNgBC0G8ASEDIAEgBEYN8AEgAigCACIAIAQgAWtqIQUgASAAa0EHaiEGAkADQCABLQAAIABB9M8Aai0AAEcNMyAAQQdGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM8QELIAJBADYCACAGQQFqIQFBGww0CyABIARGBEBBvQEhAwzwAQsCQAJAAkAgAS0AAEHCAGsOEgA0NDQ0NDQ0NDQBNDQ0NDQ0AjQLIAFBAWohAUGkASEDDNgBCyABQQFqIQFBpwEhAwzXAQsgAUEBaiEBQagBIQMM1gELIAEgBEYEQEG+ASEDDO8BCyABLQAAQc4ARw0wIAFBAWohAQwsCyABIARGBEBBvwEhAwzuAQsCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCABLQAAQcEAaw4VAAECAz8EBQY/Pz8HCAkKCz8MDQ4PPwsgAUEBaiEBQegAIQMM4wELIAFBAWohAUHpACEDDOIBCyABQQFqIQFB7gAhAwzhAQsgAUEBaiEBQfIAIQMM4AELIAFBAWohAUHzACEDDN8BCyABQQFqIQFB9gAhAwzeAQsgAUEBaiEBQfcAIQMM3QELIAFBAWohAUH6ACEDDNwBCyABQQFqIQFBgwEhAwzbAQsgAUEBaiEBQYQBIQMM2gELIAFBAWohAUGFASEDDNkBCyABQQFqIQFBkgEhAwzYAQsgAUEBaiEBQZgBIQMM1wELIAFBAWohAUGgASEDDNYBCyABQQFqIQFBowEhAwzVAQsgAUEBaiEBQaoBIQMM1AELIAEgBEcEQCACQRA2AgggAiABNgIEQasBIQMM1AELQcABIQMM7AELQQAhAAJAIAIoAjgiA0UNACADKAI0IgNFDQAgAiADEQAAIQALIABFDV4gAEEVRw0HIAJB0QA2AhwgAiABNgIUIAJBsBc2AhAgAkEVNgIMQQAhAwzrAQsgAUEBaiABIARHDQgaQcIBIQMM6gELA0ACQCABLQAAQQprDgQIAAALAAsgBCABQQFqIgFHDQALQcMBIQMM6QELIAEgBEcEQCACQRE2AgggAiABNgIEQQEhAwzQAQtBxAEhAwzoAQsgASAERgRAQcUBIQMM6AELAkACQCABLQAAQQprDgQBKCgAKAsgAUEBagwJCyABQQFqDAULIAEgBEYEQEHGASEDDOcBCwJAAkAgAS0AAEEKaw4XAQsLAQsLCwsLCwsLCwsLCwsLCwsLCwALCyABQQFqIQELQbABIQMMzQELIAEgBEYEQEHIASEDDOYBCyABLQAAQSBHDQkgAkEAOwEyIAFBAWohAUGzASEDDMwBCwNAIAEhAAJAIAEgBEcEQCABLQAAQTBrQf8BcSIDQQpJDQEMJwtBxwEhAwzmAQsCQCACLwEyIgFBmTNLDQAgAiABQQpsIgU7ATIgBUH+/wNxIANB//8Dc0sNACAAQQFqIQEgAiADIAVqIgM7ATIgA0H//wNxQegHSQ0BCwtBACEDIAJBADYCHCACQcEJNgIQIAJBDTYCDCACIABBAWo2AhQM5AELIAJBADYCHCACIAE2AhQgAkHwDDYCECACQRs2AgxBACEDDOMBCyACKAIEIQAgAkEANgIEIAIgACABECYiAA0BIAFBAWoLIQFBrQEhAwzIAQsgAkHBATYCHCACIAA2AgwgAiABQQFqNgIUQQAhAwzgAQsgAigCBCEAIAJBADYCBCACIAAgARAmIgANASABQQFqCyEBQa4BIQMMxQELIAJBwgE2AhwgAiAANgIMIAIgAUEBajYCFEEAIQMM3QELIAJBADYCHCACIAE2AhQgAkGXCzYCECACQQ02AgxBACEDDNwBCyACQQA2AhwgAiABNgIUIAJB4xA2AhAgAkEJNgIMQQAhAwzbAQsgAkECOgAoDKwBC0EAIQMgAkEANgIcIAJBrws2AhAgAkECNgIMIAIgAUEBajYCFAzZAQtBAiEDDL8BC0ENIQMMvgELQSYhAwy9AQtBFSEDDLwBC0EWIQMMuwELQRghAwy6AQtBHCEDDLkBC0EdIQMMuAELQSAhAwy3AQtBISEDDLYBC0EjIQMMtQELQcYAIQMMtAELQS4hAwyzAQtBPSEDDLIBC0HLACEDDLEBC0HOACEDDLABC0HYACEDDK8BC0HZACEDDK4BC0HbACEDDK0BC0HxACEDDKwBC0H0ACEDDKsBC0GNASEDDKoBC0GXASEDDKkBC0GpASEDDKgBC0GvASEDDKcBC0GxASEDDKYBCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJB8Rs2AhAgAkEGNgIMDL0BCyACQQA2AgAgBkEBaiEBQSQLOgApIAIoAgQhACACQQA2AgQgAiAAIAEQJyIARQRAQeUAIQMMowELIAJB+QA2AhwgAiABNgIUIAIgADYCDEEAIQMMuwELIABBFUcEQCACQQA2AhwgAiABNgIUIAJBzA42AhAgAkEgNgIMQQAhAwy7AQsgAkH4ADYCHCACIAE2AhQgAkHKGDYCECACQRU2AgxBACEDDLoBCyACQQA2AhwgAiABNgIUIAJBjhs2AhAgAkEGNgIMQQAhAwy5AQsgAkEANgIcIAIgATYCFCACQf4RNgIQIAJBBzYCDEEAIQMMuAELIAJBADYCHCACIAE2AhQgAkGMHDYCECACQQc2AgxBACEDDLcBCyACQQA2AhwgAiABNgIUIAJBww82AhAgAkEHNgIMQQAhAwy2AQsgAkEANgIcIAIgATYCFCACQcMPNgIQIAJBBzYCDEEAIQMMtQELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0RIAJB5QA2AhwgAiABNgIUIAIgADYCDEEAIQMMtAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0gIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMswELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0iIAJB0gA2AhwgAiABNgIUIAIgADYCDEEAIQMMsgELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0OIAJB5QA2AhwgAiABNgIUIAIgADYCDEEAIQMMsQELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0dIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMsAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0fIAJB0gA2AhwgAiABNgIUIAIgADYCDEEAIQMMrwELIABBP0cNASABQQFqCyEBQQUhAwyUAQtBACEDIAJBADYCHCACIAE2AhQgAkH9EjYCECACQQc2AgwMrAELIAJBADYCHCACIAE2AhQgAkHcCDYCECACQQc2AgxBACEDDKsBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNByACQeUANgIcIAIgATYCFCACIAA2AgxBACEDDKoBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNFiACQdMANgIcIAIgATYCFCACIAA2AgxBACEDDKkBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNGCACQdIANgIcIAIgATYCFCACIAA2AgxBACEDDKgBCyACQQA2AhwgAiABNgIUIAJBxgo2AhAgAkEHNgIMQQAhAwynAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDQMgAkHlADYCHCACIAE2AhQgAiAANgIMQQAhAwymAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDRIgAkHTADYCHCACIAE2AhQgAiAANgIMQQAhAwylAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDRQgAkHSADYCHCACIAE2AhQgAiAANgIMQQAhAwykAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDQAgAkHlADYCHCACIAE2AhQgAiAANgIMQQAhAwyjAQtB1QAhAwyJAQsgAEEVRwRAIAJBADYCHCACIAE2AhQgAkG5DTYCECACQRo2AgxBACEDDKIBCyACQeQANgIcIAIgATYCFCACQeMXNgIQIAJBFTYCDEEAIQMMoQELIAJBADYCACAGQQFqIQEgAi0AKSIAQSNrQQtJDQQCQCAAQQZLDQBBASAAdEHKAHFFDQAMBQtBACEDIAJBADYCHCACIAE2AhQgAkH3CTYCECACQQg2AgwMoAELIAJBADYCACAGQQFqIQEgAi0AKUEhRg0DIAJBADYCHCACIAE2AhQgAkGbCjYCECACQQg2AgxBACEDDJ8BCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJBkDM2AhAgAkEINgIMDJ0BCyACQQA2AgAgBkEBaiEBIAItAClBI0kNACACQQA2AhwgAiABNgIUIAJB0wk2AhAgAkEINgIMQQAhAwycAQtB0QAhAwyCAQsgAS0AAEEwayIAQf8BcUEKSQRAIAIgADoAKiABQQFqIQFBzwAhAwyCAQsgAigCBCEAIAJBADYCBCACIAAgARAoIgBFDYYBIAJB3gA2AhwgAiABNgIUIAIgADYCDEEAIQMMmgELIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ2GASACQdwANgIcIAIgATYCFCACIAA2AgxBACEDDJkBCyACKAIEIQAgAkEANgIEIAIgACAFECgiAEUEQCAFIQEMhwELIAJB2gA2AhwgAiAFNgIUIAIgADYCDAyYAQtBACEBQQEhAwsgAiADOgArIAVBAWohAwJAAkACQCACLQAtQRBxDQACQAJAAkAgAi0AKg4DAQACBAsgBkUNAwwCCyAADQEMAgsgAUUNAQsgAigCBCEAIAJBADYCBCACIAAgAxAoIgBFBEAgAyEBDAILIAJB2AA2AhwgAiADNgIUIAIgADYCDEEAIQMMmAELIAIoAgQhACACQQA2AgQgAiAAIAMQKCIARQRAIAMhAQyHAQsgAkHZADYCHCACIAM2AhQgAiAANgIMQQAhAwyXAQtBzAAhAwx9CyAAQRVHBEAgAkEANgIcIAIgATYCFCACQZQNNgIQIAJBITYCDEEAIQMMlgELIAJB1wA2AhwgAiABNgIUIAJByRc2AhAgAkEVNgIMQQAhAwyVAQtBACEDIAJBADYCHCACIAE2AhQgAkGAETYCECACQQk2AgwMlAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0AIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMkwELQckAIQMMeQsgAkEANgIcIAIgATYCFCACQcEoNgIQIAJBBzYCDCACQQA2AgBBACEDDJEBCyACKAIEIQBBACEDIAJBADYCBCACIAAgARAlIgBFDQAgAkHSADYCHCACIAE2AhQgAiAANgIMDJABC0HIACEDDHYLIAJBADYCACAFIQELIAJBgBI7ASogAUEBaiEBQQAhAAJAIAIoAjgiA0UNACADKAIwIgNFDQAgAiADEQAAIQALIAANAQtBxwAhAwxzCyAAQRVGBEAgAkHRADYCHCACIAE2AhQgAkHjFzYCECACQRU2AgxBACEDDIwBC0EAIQMgAkEANgIcIAIgATYCFCACQbkNNgIQIAJBGjYCDAyLAQtBACEDIAJBADYCHCACIAE2AhQgAkGgGTYCECACQR42AgwMigELIAEtAABBOkYEQCACKAIEIQBBACEDIAJBADYCBCACIAAgARApIgBFDQEgAkHDADYCHCACIAA2AgwgAiABQQFqNgIUDIoBC0EAIQMgAkEANgIcIAIgATYCFCACQbERNgIQIAJBCjYCDAyJAQsgAUEBaiEBQTshAwxvCyACQcMANgIcIAIgADYCDCACIAFBAWo2AhQMhwELQQAhAyACQQA2AhwgAiABNgIUIAJB8A42AhAgAkEcNgIMDIYBCyACIAIvATBBEHI7ATAMZgsCQCACLwEwIgBBCHFFDQAgAi0AKEEBRw0AIAItAC1BCHFFDQMLIAIgAEH3+wNxQYAEcjsBMAwECyABIARHBEACQANAIAEtAABBMGsiAEH/AXFBCk8EQEE1IQMMbgsgAikDICIKQpmz5syZs+bMGVYNASACIApCCn4iCjcDICAKIACtQv8BgyILQn+FVg0BIAIgCiALfDcDICAEIAFBAWoiAUcNAAtBOSEDDIUBCyACKAIEIQBBACEDIAJBADYCBCACIAAgAUEBaiIBECoiAA0MDHcLQTkhAwyDAQsgAi0AMEEgcQ0GQcUBIQMMaQtBACEDIAJBADYCBCACIAEgARAqIgBFDQQgAkE6NgIcIAIgADYCDCACIAFBAWo2AhQMgQELIAItAChBAUcNACACLQAtQQhxRQ0BC0E3IQMMZgsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIABEAgAkE7NgIcIAIgADYCDCACIAFBAWo2AhQMfwsgAUEBaiEBDG4LIAJBCDoALAwECyABQQFqIQEMbQtBACEDIAJBADYCHCACIAE2AhQgAkHkEjYCECACQQQ2AgwMewsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIARQ1sIAJBNzYCHCACIAE2AhQgAiAANgIMDHoLIAIgAi8BMEEgcjsBMAtBMCEDDF8LIAJBNjYCHCACIAE2AhQgAiAANgIMDHcLIABBLEcNASABQQFqIQBBASEBAkACQAJAAkACQCACLQAsQQVrDgQDAQIEAAsgACEBDAQLQQIhAQwBC0EEIQELIAJBAToALCACIAIvATAgAXI7ATAgACEBDAELIAIgAi8BMEEIcjsBMCAAIQELQTkhAwxcCyACQQA6ACwLQTQhAwxaCyABIARGBEBBLSEDDHMLAkACQANAAkAgAS0AAEEKaw4EAgAAAwALIAQgAUEBaiIBRw0AC0EtIQMMdAsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIARQ0CIAJBLDYCHCACIAE2AhQgAiAANgIMDHMLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABECoiAEUEQCABQQFqIQEMAgsgAkEsNgIcIAIgADYCDCACIAFBAWo2AhQMcgsgAS0AAEENRgRAIAIoAgQhAEEAIQMgAkEANgIEIAIgACABECoiAEUEQCABQQFqIQEMAgsgAkEsNgIcIAIgADYCDCACIAFBAWo2AhQMcgsgAi0ALUEBcQRAQcQBIQMMWQsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIADQEMZQtBLyEDDFcLIAJBLjYCHCACIAE2AhQgAiAANgIMDG8LQQAhAyACQQA2AhwgAiABNgIUIAJB8BQ2AhAgAkEDNgIMDG4LQQEhAwJAAkACQAJAIAItACxBBWsOBAMBAgAECyACIAIvATBBCHI7ATAMAwtBAiEDDAELQQQhAwsgAkEBOgAsIAIgAi8BMCADcjsBMAtBKiEDDFMLQQAhAyACQQA2AhwgAiABNgIUIAJB4Q82AhAgAkEKNgIMDGsLQQEhAwJAAkACQAJAAkACQCACLQAsQQJrDgcFBAQDAQIABAsgAiACLwEwQQhyOwEwDAMLQQIhAwwBC0EEIQMLIAJBAToALCACIAIvATAgA3I7ATALQSshAwxSC0EAIQMgAkEANgIcIAIgATYCFCACQasSNgIQIAJBCzYCDAxqC0EAIQMgAkEANgIcIAIgATYCFCACQf0NNgIQIAJBHTYCDAxpCyABIARHBEADQCABLQAAQSBHDUggBCABQQFqIgFHDQALQSUhAwxpC0ElIQMMaAsgAi0ALUEBcQRAQcMBIQMMTwsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKSIABEAgAkEmNgIcIAIgADYCDCACIAFBAWo2AhQMaAsgAUEBaiEBDFwLIAFBAWohASACLwEwIgBBgAFxBEBBACEAAkAgAigCOCIDRQ0AIAMoAlQiA0UNACACIAMRAAAhAAsgAEUNBiAAQRVHDR8gAkEFNgIcIAIgATYCFCACQfkXNgIQIAJBFTYCDEEAIQMMZwsCQCAAQaAEcUGgBEcNACACLQAtQQJxDQBBACEDIAJBADYCHCACIAE2AhQgAkGWEzYCECACQQQ2AgwMZwsgAgJ/IAIvATBBFHFBFEYEQEEBIAItAChBAUYNARogAi8BMkHlAEYMAQsgAi0AKUEFRgs6AC5BACEAAkAgAigCOCIDRQ0AIAMoAiQiA0UNACACIAMRAAAhAAsCQAJAAkACQAJAIAAOFgIBAAQEBAQEBAQEBAQEBAQEBAQEBAMECyACQQE6AC4LIAIgAi8BMEHAAHI7ATALQSchAwxPCyACQSM2AhwgAiABNgIUIAJBpRY2AhAgAkEVNgIMQQAhAwxnC0EAIQMgAkEANgIcIAIgATYCFCACQdULNgIQIAJBETYCDAxmC0EAIQACQCACKAI4IgNFDQAgAygCLCIDRQ0AIAIgAxEAACEACyAADQELQQ4hAwxLCyAAQRVGBEAgAkECNgIcIAIgATYCFCACQbAYNgIQIAJBFTYCDEEAIQMMZAtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMYwtBACEDIAJBADYCHCACIAE2AhQgAkGqHDYCECACQQ82AgwMYgsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEgCqdqIgEQKyIARQ0AIAJBBTYCHCACIAE2AhQgAiAANgIMDGELQQ8hAwxHC0EAIQMgAkEANgIcIAIgATYCFCACQc0TNgIQIAJBDDYCDAxfC0IBIQoLIAFBAWohAQJAIAIpAyAiC0L//////////w9YBEAgAiALQgSGIAqENwMgDAELQQAhAyACQQA2AhwgAiABNgIUIAJBrQk2AhAgAkEMNgIMDF4LQSQhAwxEC0EAIQMgAkEANgIcIAIgATYCFCACQc0TNgIQIAJBDDYCDAxcCyACKAIEIQBBACEDIAJBADYCBCACIAAgARAsIgBFBEAgAUEBaiEBDFILIAJBFzYCHCACIAA2AgwgAiABQQFqNgIUDFsLIAIoAgQhAEEAIQMgAkEANgIEAkAgAiAAIAEQLCIARQRAIAFBAWohAQwBCyACQRY2AhwgAiAANgIMIAIgAUEBajYCFAxbC0EfIQMMQQtBACEDIAJBADYCHCACIAE2AhQgAkGaDzYCECACQSI2AgwMWQsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQLSIARQRAIAFBAWohAQxQCyACQRQ2AhwgAiAANgIMIAIgAUEBajYCFAxYCyACKAIEIQBBACEDIAJBADYCBAJAIAIgACABEC0iAEUEQCABQQFqIQEMAQsgAkETNgIcIAIgADYCDCACIAFBAWo2AhQMWAtBHiEDDD4LQQAhAyACQQA2AhwgAiABNgIUIAJBxgw2AhAgAkEjNgIMDFYLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABEC0iAEUEQCABQQFqIQEMTgsgAkERNgIcIAIgADYCDCACIAFBAWo2AhQMVQsgAkEQNgIcIAIgATYCFCACIAA2AgwMVAtBACEDIAJBADYCHCACIAE2AhQgAkHGDDYCECACQSM2AgwMUwtBACEDIAJBADYCHCACIAE2AhQgAkHAFTYCECACQQI2AgwMUgsgAigCBCEAQQAhAyACQQA2AgQCQCACIAAgARAtIgBFBEAgAUEBaiEBDAELIAJBDjYCHCACIAA2AgwgAiABQQFqNgIUDFILQRshAww4C0EAIQMgAkEANgIcIAIgATYCFCACQcYMNgIQIAJBIzYCDAxQCyACKAIEIQBBACEDIAJBADYCBAJAIAIgACABECwiAEUEQCABQQFqIQEMAQsgAkENNgIcIAIgADYCDCACIAFBAWo2AhQMUAtBGiEDDDYLQQAhAyACQQA2AhwgAiABNgIUIAJBmg82AhAgAkEiNgIMDE4LIAIoAgQhAEEAIQMgAkEANgIEAkAgAiAAIAEQLCIARQRAIAFBAWohAQwBCyACQQw2AhwgAiAANgIMIAIgAUEBajYCFAxOC0EZIQMMNAtBACEDIAJBADYCHCACIAE2AhQgAkGaDzYCECACQSI2AgwMTAsgAEEVRwRAQQAhAyACQQA2AhwgAiABNgIUIAJBgww2AhAgAkETNgIMDEwLIAJBCjYCHCACIAE2AhQgAkHkFjYCECACQRU2AgxBACEDDEsLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABIAqnaiIBECsiAARAIAJBBzYCHCACIAE2AhQgAiAANgIMDEsLQRMhAwwxCyAAQRVHBEBBACEDIAJBADYCHCACIAE2AhQgAkHaDTYCECACQRQ2AgwMSgsgAkEeNgIcIAIgATYCFCACQfkXNgIQIAJBFTYCDEEAIQMMSQtBACEAAkAgAigCOCIDRQ0AIAMoAiwiA0UNACACIAMRAAAhAAsgAEUNQSAAQRVGBEAgAkEDNgIcIAIgATYCFCACQbAYNgIQIAJBFTYCDEEAIQMMSQtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMSAtBACEDIAJBADYCHCACIAE2AhQgAkHaDTYCECACQRQ2AgwMRwtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMRgsgAkEAOgAvIAItAC1BBHFFDT8LIAJBADoALyACQQE6ADRBACEDDCsLQQAhAyACQQA2AhwgAkHkETYCECACQQc2AgwgAiABQQFqNgIUDEMLAkADQAJAIAEtAABBCmsOBAACAgACCyAEIAFBAWoiAUcNAAtB3QEhAwxDCwJAAkAgAi0ANEEBRw0AQQAhAAJAIAIoAjgiA0UNACADKAJYIgNFDQAgAiADEQAAIQALIABFDQAgAEEVRw0BIAJB3AE2AhwgAiABNgIUIAJB1RY2AhAgAkEVNgIMQQAhAwxEC0HBASEDDCoLIAJBADYCHCACIAE2AhQgAkHpCzYCECACQR82AgxBACEDDEILAkACQCACLQAoQQFrDgIEAQALQcABIQMMKQtBuQEhAwwoCyACQQI6AC9BACEAAkAgAigCOCIDRQ0AIAMoAgAiA0UNACACIAMRAAAhAAsgAEUEQEHCASEDDCgLIABBFUcEQCACQQA2AhwgAiABNgIUIAJBpAw2AhAgAkEQNgIMQQAhAwxBCyACQdsBNgIcIAIgATYCFCACQfoWNgIQIAJBFTYCDEEAIQMMQAsgASAERgRAQdoBIQMMQAsgAS0AAEHIAEYNASACQQE6ACgLQawBIQMMJQtBvwEhAwwkCyABIARHBEAgAkEQNgIIIAIgATYCBEG+ASEDDCQLQdkBIQMMPAsgASAERgRAQdgBIQMMPAsgAS0AAEHIAEcNBCABQQFqIQFBvQEhAwwiCyABIARGBEBB1wEhAww7CwJAAkAgAS0AAEHFAGsOEAAFBQUFBQUFBQUFBQUFBQEFCyABQQFqIQFBuwEhAwwiCyABQQFqIQFBvAEhAwwhC0HWASEDIAEgBEYNOSACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGD0ABqLQAARw0DIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAw6CyACKAIEIQAgAkIANwMAIAIgACAGQQFqIgEQJyIARQRAQcYBIQMMIQsgAkHVATYCHCACIAE2AhQgAiAANgIMQQAhAww5C0HUASEDIAEgBEYNOCACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGB0ABqLQAARw0CIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAw5CyACQYEEOwEoIAIoAgQhACACQgA3AwAgAiAAIAZBAWoiARAnIgANAwwCCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJB2Bs2AhAgAkEINgIMDDYLQboBIQMMHAsgAkHTATYCHCACIAE2AhQgAiAANgIMQQAhAww0C0EAIQACQCACKAI4IgNFDQAgAygCOCIDRQ0AIAIgAxEAACEACyAARQ0AIABBFUYNASACQQA2AhwgAiABNgIUIAJBzA42AhAgAkEgNgIMQQAhAwwzC0HkACEDDBkLIAJB+AA2AhwgAiABNgIUIAJByhg2AhAgAkEVNgIMQQAhAwwxC0HSASEDIAQgASIARg0wIAQgAWsgAigCACIBaiEFIAAgAWtBBGohBgJAA0AgAC0AACABQfzPAGotAABHDQEgAUEERg0DIAFBAWohASAEIABBAWoiAEcNAAsgAiAFNgIADDELIAJBADYCHCACIAA2AhQgAkGQMzYCECACQQg2AgwgAkEANgIAQQAhAwwwCyABIARHBEAgAkEONgIIIAIgATYCBEG3ASEDDBcLQdEBIQMMLwsgAkEANgIAIAZBAWohAQtBuAEhAwwUCyABIARGBEBB0AEhAwwtCyABLQAAQTBrIgBB/wFxQQpJBEAgAiAAOgAqIAFBAWohAUG2ASEDDBQLIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ0UIAJBzwE2AhwgAiABNgIUIAIgADYCDEEAIQMMLAsgASAERgRAQc4BIQMMLAsCQCABLQAAQS5GBEAgAUEBaiEBDAELIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ0VIAJBzQE2AhwgAiABNgIUIAIgADYCDEEAIQMMLAtBtQEhAwwSCyAEIAEiBUYEQEHMASEDDCsLQQAhAEEBIQFBASEGQQAhAwJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAIAUtAABBMGsOCgoJAAECAwQFBggLC0ECDAYLQQMMBQtBBAwEC0EFDAMLQQYMAgtBBwwBC0EICyEDQQAhAUEAIQYMAgtBCSEDQQEhAEEAIQFBACEGDAELQQAhAUEBIQMLIAIgAzoAKyAFQQFqIQMCQAJAIAItAC1BEHENAAJAAkACQCACLQAqDgMBAAIECyAGRQ0DDAILIAANAQwCCyABRQ0BCyACKAIEIQAgAkEANgIEIAIgACADECgiAEUEQCADIQEMAwsgAkHJATYCHCACIAM2AhQgAiAANgIMQQAhAwwtCyACKAIEIQAgAkEANgIEIAIgACADECgiAEUEQCADIQEMGAsgAkHKATYCHCACIAM2AhQgAiAANgIMQQAhAwwsCyACKAIEIQAgAkEANgIEIAIgACAFECgiAEUEQCAFIQEMFgsgAkHLATYCHCACIAU2AhQgAiAANgIMDCsLQbQBIQMMEQtBACEAAkAgAigCOCIDRQ0AIAMoAjwiA0UNACACIAMRAAAhAAsCQCAABEAgAEEVRg0BIAJBADYCHCACIAE2AhQgAkGUDTYCECACQSE2AgxBACEDDCsLQbIBIQMMEQsgAkHIATYCHCACIAE2AhQgAkHJFzYCECACQRU2AgxBACEDDCkLIAJBADYCACAGQQFqIQFB9QAhAwwPCyACLQApQQVGBEBB4wAhAwwPC0HiACEDDA4LIAAhASACQQA2AgALIAJBADoALEEJIQMMDAsgAkEANgIAIAdBAWohAUHAACEDDAsLQQELOgAsIAJBADYCACAGQQFqIQELQSkhAwwIC0E4IQMMBwsCQCABIARHBEADQCABLQAAQYA+ai0AACIAQQFHBEAgAEECRw0DIAFBAWohAQwFCyAEIAFBAWoiAUcNAAtBPiEDDCELQT4hAwwgCwsgAkEAOgAsDAELQQshAwwEC0E6IQMMAwsgAUEBaiEBQS0hAwwCCyACIAE6ACwgAkEANgIAIAZBAWohAUEMIQMMAQsgAkEANgIAIAZBAWohAUEKIQMMAAsAC0EAIQMgAkEANgIcIAIgATYCFCACQc0QNgIQIAJBCTYCDAwXC0EAIQMgAkEANgIcIAIgATYCFCACQekKNgIQIAJBCTYCDAwWC0EAIQMgAkEANgIcIAIgATYCFCACQbcQNgIQIAJBCTYCDAwVC0EAIQMgAkEANgIcIAIgATYCFCACQZwRNgIQIAJBCTYCDAwUC0EAIQMgAkEANgIcIAIgATYCFCACQc0QNgIQIAJBCTYCDAwTC0EAIQMgAkEANgIcIAIgATYCFCACQekKNgIQIAJBCTYCDAwSC0EAIQMgAkEANgIcIAIgATYCFCACQbcQNgIQIAJBCTYCDAwRC0EAIQMgAkEANgIcIAIgATYCFCACQZwRNgIQIAJBCTYCDAwQC0EAIQMgAkEANgIcIAIgATYCFCACQZcVNgIQIAJBDzYCDAwPC0EAIQMgAkEANgIcIAIgATYCFCACQZcVNgIQIAJBDzYCDAwOC0EAIQMgAkEANgIcIAIgATYCFCACQcASNgIQIAJBCzYCDAwNC0EAIQMgAkEANgIcIAIgATYCFCACQZUJNgIQIAJBCzYCDAwMC0EAIQMgAkEANgIcIAIgATYCFCACQeEPNgIQIAJBCjYCDAwLC0EAIQMgAkEANgIcIAIgATYCFCACQfsPNgIQIAJBCjYCDAwKC0EAIQMgAkEANgIcIAIgATYCFCACQfEZNgIQIAJBAjYCDAwJC0EAIQMgAkEANgIcIAIgATYCFCACQcQUNgIQIAJBAjYCDAwIC0EAIQMgAkEANgIcIAIgATYCFCACQfIVNgIQIAJBAjYCDAwHCyACQQI2AhwgAiABNgIUIAJBnBo2AhAgAkEWNgIMQQAhAwwGC0EBIQMMBQtB1AAhAyABIARGDQQgCEEIaiEJIAIoAgAhBQJAAkAgASAERwRAIAVB2MIAaiEHIAQgBWogAWshACAFQX9zQQpqIgUgAWohBgNAIAEtAAAgBy0AAEcEQEECIQcMAwsgBUUEQEEAIQcgBiEBDAMLIAVBAWshBSAHQQFqIQcgBCABQQFqIgFHDQALIAAhBSAEIQELIAlBATYCACACIAU2AgAMAQsgAkEANgIAIAkgBzYCAAsgCSABNgIEIAgoAgwhACAIKAIIDgMBBAIACwALIAJBADYCHCACQbUaNgIQIAJBFzYCDCACIABBAWo2AhRBACEDDAILIAJBADYCHCACIAA2AhQgAkHKGjYCECACQQk2AgxBACEDDAELIAEgBEYEQEEiIQMMAQsgAkEJNgIIIAIgATYCBEEhIQMLIAhBEGokACADRQRAIAIoAgwhAAwBCyACIAM2AhxBACEAIAIoAgQiAUUNACACIAEgBCACKAIIEQEAIgFFDQAgAiAENgIUIAIgATYCDCABIQALIAALvgIBAn8gAEEAOgAAIABB3ABqIgFBAWtBADoAACAAQQA6AAIgAEEAOgABIAFBA2tBADoAACABQQJrQQA6AAAgAEEAOgADIAFBBGtBADoAAEEAIABrQQNxIgEgAGoiAEEANgIAQdwAIAFrQXxxIgIgAGoiAUEEa0EANgIAAkAgAkEJSQ0AIABBADYCCCAAQQA2AgQgAUEIa0EANgIAIAFBDGtBADYCACACQRlJDQAgAEEANgIYIABBADYCFCAAQQA2AhAgAEEANgIMIAFBEGtBADYCACABQRRrQQA2AgAgAUEYa0EANgIAIAFBHGtBADYCACACIABBBHFBGHIiAmsiAUEgSQ0AIAAgAmohAANAIABCADcDGCAAQgA3AxAgAEIANwMIIABCADcDACAAQSBqIQAgAUEgayIBQR9LDQALCwtWAQF/AkAgACgCDA0AAkACQAJAAkAgAC0ALw4DAQADAgsgACgCOCIBRQ0AIAEoAiwiAUUNACAAIAERAAAiAQ0DC0EADwsACyAAQcMWNgIQQQ4hAQsgAQsaACAAKAIMRQRAIABB0Rs2AhAgAEEVNgIMCwsUACAAKAIMQRVGBEAgAEEANgIMCwsUACAAKAIMQRZGBEAgAEEANgIMCwsHACAAKAIMCwcAIAAoAhALCQAgACABNgIQCwcAIAAoAhQLFwAgAEEkTwRAAAsgAEECdEGgM2ooAgALFwAgAEEuTwRAAAsgAEECdEGwNGooAgALvwkBAX9B6yghAQJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIABB5ABrDvQDY2IAAWFhYWFhYQIDBAVhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhBgcICQoLDA0OD2FhYWFhEGFhYWFhYWFhYWFhEWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYRITFBUWFxgZGhthYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2YTc4OTphYWFhYWFhYTthYWE8YWFhYT0+P2FhYWFhYWFhQGFhQWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYUJDREVGR0hJSktMTU5PUFFSU2FhYWFhYWFhVFVWV1hZWlthXF1hYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFeYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhX2BhC0HhJw8LQaQhDwtByywPC0H+MQ8LQcAkDwtBqyQPC0GNKA8LQeImDwtBgDAPC0G5Lw8LQdckDwtB7x8PC0HhHw8LQfofDwtB8iAPC0GoLw8LQa4yDwtBiDAPC0HsJw8LQYIiDwtBjh0PC0HQLg8LQcojDwtBxTIPC0HfHA8LQdIcDwtBxCAPC0HXIA8LQaIfDwtB7S4PC0GrMA8LQdQlDwtBzC4PC0H6Lg8LQfwrDwtB0jAPC0HxHQ8LQbsgDwtB9ysPC0GQMQ8LQdcxDwtBoi0PC0HUJw8LQeArDwtBnywPC0HrMQ8LQdUfDwtByjEPC0HeJQ8LQdQeDwtB9BwPC0GnMg8LQbEdDwtBoB0PC0G5MQ8LQbwwDwtBkiEPC0GzJg8LQeksDwtBrB4PC0HUKw8LQfcmDwtBgCYPC0GwIQ8LQf4eDwtBjSMPC0GJLQ8LQfciDwtBoDEPC0GuHw8LQcYlDwtB6B4PC0GTIg8LQcIvDwtBwx0PC0GLLA8LQeEdDwtBjS8PC0HqIQ8LQbQtDwtB0i8PC0HfMg8LQdIyDwtB8DAPC0GpIg8LQfkjDwtBmR4PC0G1LA8LQZswDwtBkjIPC0G2Kw8LQcIiDwtB+DIPC0GeJQ8LQdAiDwtBuh4PC0GBHg8LAAtB1iEhAQsgAQsWACAAIAAtAC1B/gFxIAFBAEdyOgAtCxkAIAAgAC0ALUH9AXEgAUEAR0EBdHI6AC0LGQAgACAALQAtQfsBcSABQQBHQQJ0cjoALQsZACAAIAAtAC1B9wFxIAFBAEdBA3RyOgAtCz4BAn8CQCAAKAI4IgNFDQAgAygCBCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBxhE2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCCCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB9go2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCDCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB7Ro2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCECIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBlRA2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCFCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBqhs2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCGCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB7RM2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCKCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB9gg2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCHCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBwhk2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCICIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBlBQ2AhBBGCEECyAEC1kBAn8CQCAALQAoQQFGDQAgAC8BMiIBQeQAa0HkAEkNACABQcwBRg0AIAFBsAJGDQAgAC8BMCIAQcAAcQ0AQQEhAiAAQYgEcUGABEYNACAAQShxRSECCyACC4wBAQJ/AkACQAJAIAAtACpFDQAgAC0AK0UNACAALwEwIgFBAnFFDQEMAgsgAC8BMCIBQQFxRQ0BC0EBIQIgAC0AKEEBRg0AIAAvATIiAEHkAGtB5ABJDQAgAEHMAUYNACAAQbACRg0AIAFBwABxDQBBACECIAFBiARxQYAERg0AIAFBKHFBAEchAgsgAgtzACAAQRBq/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAA/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAAQTBq/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAAQSBq/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAAQd0BNgIcCwYAIAAQMguaLQELfyMAQRBrIgokAEGk0AAoAgAiCUUEQEHk0wAoAgAiBUUEQEHw0wBCfzcCAEHo0wBCgICEgICAwAA3AgBB5NMAIApBCGpBcHFB2KrVqgVzIgU2AgBB+NMAQQA2AgBByNMAQQA2AgALQczTAEGA1AQ2AgBBnNAAQYDUBDYCAEGw0AAgBTYCAEGs0ABBfzYCAEHQ0wBBgKwDNgIAA0AgAUHI0ABqIAFBvNAAaiICNgIAIAIgAUG00ABqIgM2AgAgAUHA0ABqIAM2AgAgAUHQ0ABqIAFBxNAAaiIDNgIAIAMgAjYCACABQdjQAGogAUHM0ABqIgI2AgAgAiADNgIAIAFB1NAAaiACNgIAIAFBIGoiAUGAAkcNAAtBjNQEQcGrAzYCAEGo0ABB9NMAKAIANgIAQZjQAEHAqwM2AgBBpNAAQYjUBDYCAEHM/wdBODYCAEGI1AQhCQsCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCAAQewBTQRAQYzQACgCACIGQRAgAEETakFwcSAAQQtJGyIEQQN2IgB2IgFBA3EEQAJAIAFBAXEgAHJBAXMiAkEDdCIAQbTQAGoiASAAQbzQAGooAgAiACgCCCIDRgRAQYzQACAGQX4gAndxNgIADAELIAEgAzYCCCADIAE2AgwLIABBCGohASAAIAJBA3QiAkEDcjYCBCAAIAJqIgAgACgCBEEBcjYCBAwRC0GU0AAoAgAiCCAETw0BIAEEQAJAQQIgAHQiAkEAIAJrciABIAB0cWgiAEEDdCICQbTQAGoiASACQbzQAGooAgAiAigCCCIDRgRAQYzQACAGQX4gAHdxIgY2AgAMAQsgASADNgIIIAMgATYCDAsgAiAEQQNyNgIEIABBA3QiACAEayEFIAAgAmogBTYCACACIARqIgQgBUEBcjYCBCAIBEAgCEF4cUG00ABqIQBBoNAAKAIAIQMCf0EBIAhBA3Z0IgEgBnFFBEBBjNAAIAEgBnI2AgAgAAwBCyAAKAIICyIBIAM2AgwgACADNgIIIAMgADYCDCADIAE2AggLIAJBCGohAUGg0AAgBDYCAEGU0AAgBTYCAAwRC0GQ0AAoAgAiC0UNASALaEECdEG80gBqKAIAIgAoAgRBeHEgBGshBSAAIQIDQAJAIAIoAhAiAUUEQCACQRRqKAIAIgFFDQELIAEoAgRBeHEgBGsiAyAFSSECIAMgBSACGyEFIAEgACACGyEAIAEhAgwBCwsgACgCGCEJIAAoAgwiAyAARwRAQZzQACgCABogAyAAKAIIIgE2AgggASADNgIMDBALIABBFGoiAigCACIBRQRAIAAoAhAiAUUNAyAAQRBqIQILA0AgAiEHIAEiA0EUaiICKAIAIgENACADQRBqIQIgAygCECIBDQALIAdBADYCAAwPC0F/IQQgAEG/f0sNACAAQRNqIgFBcHEhBEGQ0AAoAgAiCEUNAEEAIARrIQUCQAJAAkACf0EAIARBgAJJDQAaQR8gBEH///8HSw0AGiAEQSYgAUEIdmciAGt2QQFxIABBAXRrQT5qCyIGQQJ0QbzSAGooAgAiAkUEQEEAIQFBACEDDAELQQAhASAEQRkgBkEBdmtBACAGQR9HG3QhAEEAIQMDQAJAIAIoAgRBeHEgBGsiByAFTw0AIAIhAyAHIgUNAEEAIQUgAiEBDAMLIAEgAkEUaigCACIHIAcgAiAAQR12QQRxakEQaigCACICRhsgASAHGyEBIABBAXQhACACDQALCyABIANyRQRAQQAhA0ECIAZ0IgBBACAAa3IgCHEiAEUNAyAAaEECdEG80gBqKAIAIQELIAFFDQELA0AgASgCBEF4cSAEayICIAVJIQAgAiAFIAAbIQUgASADIAAbIQMgASgCECIABH8gAAUgAUEUaigCAAsiAQ0ACwsgA0UNACAFQZTQACgCACAEa08NACADKAIYIQcgAyADKAIMIgBHBEBBnNAAKAIAGiAAIAMoAggiATYCCCABIAA2AgwMDgsgA0EUaiICKAIAIgFFBEAgAygCECIBRQ0DIANBEGohAgsDQCACIQYgASIAQRRqIgIoAgAiAQ0AIABBEGohAiAAKAIQIgENAAsgBkEANgIADA0LQZTQACgCACIDIARPBEBBoNAAKAIAIQECQCADIARrIgJBEE8EQCABIARqIgAgAkEBcjYCBCABIANqIAI2AgAgASAEQQNyNgIEDAELIAEgA0EDcjYCBCABIANqIgAgACgCBEEBcjYCBEEAIQBBACECC0GU0AAgAjYCAEGg0AAgADYCACABQQhqIQEMDwtBmNAAKAIAIgMgBEsEQCAEIAlqIgAgAyAEayIBQQFyNgIEQaTQACAANgIAQZjQACABNgIAIAkgBEEDcjYCBCAJQQhqIQEMDwtBACEBIAQCf0Hk0wAoAgAEQEHs0wAoAgAMAQtB8NMAQn83AgBB6NMAQoCAhICAgMAANwIAQeTTACAKQQxqQXBxQdiq1aoFczYCAEH40wBBADYCAEHI0wBBADYCAEGAgAQLIgAgBEHHAGoiBWoiBkEAIABrIgdxIgJPBEBB/NMAQTA2AgAMDwsCQEHE0wAoAgAiAUUNAEG80wAoAgAiCCACaiEAIAAgAU0gACAIS3ENAEEAIQFB/NMAQTA2AgAMDwtByNMALQAAQQRxDQQCQAJAIAkEQEHM0wAhAQNAIAEoAgAiACAJTQRAIAAgASgCBGogCUsNAwsgASgCCCIBDQALC0EAEDMiAEF/Rg0FIAIhBkHo0wAoAgAiAUEBayIDIABxBEAgAiAAayAAIANqQQAgAWtxaiEGCyAEIAZPDQUgBkH+////B0sNBUHE0wAoAgAiAwRAQbzTACgCACIHIAZqIQEgASAHTQ0GIAEgA0sNBgsgBhAzIgEgAEcNAQwHCyAGIANrIAdxIgZB/v///wdLDQQgBhAzIQAgACABKAIAIAEoAgRqRg0DIAAhAQsCQCAGIARByABqTw0AIAFBf0YNAEHs0wAoAgAiACAFIAZrakEAIABrcSIAQf7///8HSwRAIAEhAAwHCyAAEDNBf0cEQCAAIAZqIQYgASEADAcLQQAgBmsQMxoMBAsgASIAQX9HDQUMAwtBACEDDAwLQQAhAAwKCyAAQX9HDQILQcjTAEHI0wAoAgBBBHI2AgALIAJB/v///wdLDQEgAhAzIQBBABAzIQEgAEF/Rg0BIAFBf0YNASAAIAFPDQEgASAAayIGIARBOGpNDQELQbzTAEG80wAoAgAgBmoiATYCAEHA0wAoAgAgAUkEQEHA0wAgATYCAAsCQAJAAkBBpNAAKAIAIgIEQEHM0wAhAQNAIAAgASgCACIDIAEoAgQiBWpGDQIgASgCCCIBDQALDAILQZzQACgCACIBQQBHIAAgAU9xRQRAQZzQACAANgIAC0EAIQFB0NMAIAY2AgBBzNMAIAA2AgBBrNAAQX82AgBBsNAAQeTTACgCADYCAEHY0wBBADYCAANAIAFByNAAaiABQbzQAGoiAjYCACACIAFBtNAAaiIDNgIAIAFBwNAAaiADNgIAIAFB0NAAaiABQcTQAGoiAzYCACADIAI2AgAgAUHY0ABqIAFBzNAAaiICNgIAIAIgAzYCACABQdTQAGogAjYCACABQSBqIgFBgAJHDQALQXggAGtBD3EiASAAaiICIAZBOGsiAyABayIBQQFyNgIEQajQAEH00wAoAgA2AgBBmNAAIAE2AgBBpNAAIAI2AgAgACADakE4NgIEDAILIAAgAk0NACACIANJDQAgASgCDEEIcQ0AQXggAmtBD3EiACACaiIDQZjQACgCACAGaiIHIABrIgBBAXI2AgQgASAFIAZqNgIEQajQAEH00wAoAgA2AgBBmNAAIAA2AgBBpNAAIAM2AgAgAiAHakE4NgIEDAELIABBnNAAKAIASQRAQZzQACAANgIACyAAIAZqIQNBzNMAIQECQAJAAkADQCADIAEoAgBHBEAgASgCCCIBDQEMAgsLIAEtAAxBCHFFDQELQczTACEBA0AgASgCACIDIAJNBEAgAyABKAIEaiIFIAJLDQMLIAEoAgghAQwACwALIAEgADYCACABIAEoAgQgBmo2AgQgAEF4IABrQQ9xaiIJIARBA3I2AgQgA0F4IANrQQ9xaiIGIAQgCWoiBGshASACIAZGBEBBpNAAIAQ2AgBBmNAAQZjQACgCACABaiIANgIAIAQgAEEBcjYCBAwIC0Gg0AAoAgAgBkYEQEGg0AAgBDYCAEGU0ABBlNAAKAIAIAFqIgA2AgAgBCAAQQFyNgIEIAAgBGogADYCAAwICyAGKAIEIgVBA3FBAUcNBiAFQXhxIQggBUH/AU0EQCAFQQN2IQMgBigCCCIAIAYoAgwiAkYEQEGM0ABBjNAAKAIAQX4gA3dxNgIADAcLIAIgADYCCCAAIAI2AgwMBgsgBigCGCEHIAYgBigCDCIARwRAIAAgBigCCCICNgIIIAIgADYCDAwFCyAGQRRqIgIoAgAiBUUEQCAGKAIQIgVFDQQgBkEQaiECCwNAIAIhAyAFIgBBFGoiAigCACIFDQAgAEEQaiECIAAoAhAiBQ0ACyADQQA2AgAMBAtBeCAAa0EPcSIBIABqIgcgBkE4ayIDIAFrIgFBAXI2AgQgACADakE4NgIEIAIgBUE3IAVrQQ9xakE/ayIDIAMgAkEQakkbIgNBIzYCBEGo0ABB9NMAKAIANgIAQZjQACABNgIAQaTQACAHNgIAIANBEGpB1NMAKQIANwIAIANBzNMAKQIANwIIQdTTACADQQhqNgIAQdDTACAGNgIAQczTACAANgIAQdjTAEEANgIAIANBJGohAQNAIAFBBzYCACAFIAFBBGoiAUsNAAsgAiADRg0AIAMgAygCBEF+cTYCBCADIAMgAmsiBTYCACACIAVBAXI2AgQgBUH/AU0EQCAFQXhxQbTQAGohAAJ/QYzQACgCACIBQQEgBUEDdnQiA3FFBEBBjNAAIAEgA3I2AgAgAAwBCyAAKAIICyIBIAI2AgwgACACNgIIIAIgADYCDCACIAE2AggMAQtBHyEBIAVB////B00EQCAFQSYgBUEIdmciAGt2QQFxIABBAXRrQT5qIQELIAIgATYCHCACQgA3AhAgAUECdEG80gBqIQBBkNAAKAIAIgNBASABdCIGcUUEQCAAIAI2AgBBkNAAIAMgBnI2AgAgAiAANgIYIAIgAjYCCCACIAI2AgwMAQsgBUEZIAFBAXZrQQAgAUEfRxt0IQEgACgCACEDAkADQCADIgAoAgRBeHEgBUYNASABQR12IQMgAUEBdCEBIAAgA0EEcWpBEGoiBigCACIDDQALIAYgAjYCACACIAA2AhggAiACNgIMIAIgAjYCCAwBCyAAKAIIIgEgAjYCDCAAIAI2AgggAkEANgIYIAIgADYCDCACIAE2AggLQZjQACgCACIBIARNDQBBpNAAKAIAIgAgBGoiAiABIARrIgFBAXI2AgRBmNAAIAE2AgBBpNAAIAI2AgAgACAEQQNyNgIEIABBCGohAQwIC0EAIQFB/NMAQTA2AgAMBwtBACEACyAHRQ0AAkAgBigCHCICQQJ0QbzSAGoiAygCACAGRgRAIAMgADYCACAADQFBkNAAQZDQACgCAEF+IAJ3cTYCAAwCCyAHQRBBFCAHKAIQIAZGG2ogADYCACAARQ0BCyAAIAc2AhggBigCECICBEAgACACNgIQIAIgADYCGAsgBkEUaigCACICRQ0AIABBFGogAjYCACACIAA2AhgLIAEgCGohASAGIAhqIgYoAgQhBQsgBiAFQX5xNgIEIAEgBGogATYCACAEIAFBAXI2AgQgAUH/AU0EQCABQXhxQbTQAGohAAJ/QYzQACgCACICQQEgAUEDdnQiAXFFBEBBjNAAIAEgAnI2AgAgAAwBCyAAKAIICyIBIAQ2AgwgACAENgIIIAQgADYCDCAEIAE2AggMAQtBHyEFIAFB////B00EQCABQSYgAUEIdmciAGt2QQFxIABBAXRrQT5qIQULIAQgBTYCHCAEQgA3AhAgBUECdEG80gBqIQBBkNAAKAIAIgJBASAFdCIDcUUEQCAAIAQ2AgBBkNAAIAIgA3I2AgAgBCAANgIYIAQgBDYCCCAEIAQ2AgwMAQsgAUEZIAVBAXZrQQAgBUEfRxt0IQUgACgCACEAAkADQCAAIgIoAgRBeHEgAUYNASAFQR12IQAgBUEBdCEFIAIgAEEEcWpBEGoiAygCACIADQALIAMgBDYCACAEIAI2AhggBCAENgIMIAQgBDYCCAwBCyACKAIIIgAgBDYCDCACIAQ2AgggBEEANgIYIAQgAjYCDCAEIAA2AggLIAlBCGohAQwCCwJAIAdFDQACQCADKAIcIgFBAnRBvNIAaiICKAIAIANGBEAgAiAANgIAIAANAUGQ0AAgCEF+IAF3cSIINgIADAILIAdBEEEUIAcoAhAgA0YbaiAANgIAIABFDQELIAAgBzYCGCADKAIQIgEEQCAAIAE2AhAgASAANgIYCyADQRRqKAIAIgFFDQAgAEEUaiABNgIAIAEgADYCGAsCQCAFQQ9NBEAgAyAEIAVqIgBBA3I2AgQgACADaiIAIAAoAgRBAXI2AgQMAQsgAyAEaiICIAVBAXI2AgQgAyAEQQNyNgIEIAIgBWogBTYCACAFQf8BTQRAIAVBeHFBtNAAaiEAAn9BjNAAKAIAIgFBASAFQQN2dCIFcUUEQEGM0AAgASAFcjYCACAADAELIAAoAggLIgEgAjYCDCAAIAI2AgggAiAANgIMIAIgATYCCAwBC0EfIQEgBUH///8HTQRAIAVBJiAFQQh2ZyIAa3ZBAXEgAEEBdGtBPmohAQsgAiABNgIcIAJCADcCECABQQJ0QbzSAGohAEEBIAF0IgQgCHFFBEAgACACNgIAQZDQACAEIAhyNgIAIAIgADYCGCACIAI2AgggAiACNgIMDAELIAVBGSABQQF2a0EAIAFBH0cbdCEBIAAoAgAhBAJAA0AgBCIAKAIEQXhxIAVGDQEgAUEddiEEIAFBAXQhASAAIARBBHFqQRBqIgYoAgAiBA0ACyAGIAI2AgAgAiAANgIYIAIgAjYCDCACIAI2AggMAQsgACgCCCIBIAI2AgwgACACNgIIIAJBADYCGCACIAA2AgwgAiABNgIICyADQQhqIQEMAQsCQCAJRQ0AAkAgACgCHCIBQQJ0QbzSAGoiAigCACAARgRAIAIgAzYCACADDQFBkNAAIAtBfiABd3E2AgAMAgsgCUEQQRQgCSgCECAARhtqIAM2AgAgA0UNAQsgAyAJNgIYIAAoAhAiAQRAIAMgATYCECABIAM2AhgLIABBFGooAgAiAUUNACADQRRqIAE2AgAgASADNgIYCwJAIAVBD00EQCAAIAQgBWoiAUEDcjYCBCAAIAFqIgEgASgCBEEBcjYCBAwBCyAAIARqIgcgBUEBcjYCBCAAIARBA3I2AgQgBSAHaiAFNgIAIAgEQCAIQXhxQbTQAGohAUGg0AAoAgAhAwJ/QQEgCEEDdnQiAiAGcUUEQEGM0AAgAiAGcjYCACABDAELIAEoAggLIgIgAzYCDCABIAM2AgggAyABNgIMIAMgAjYCCAtBoNAAIAc2AgBBlNAAIAU2AgALIABBCGohAQsgCkEQaiQAIAELQwAgAEUEQD8AQRB0DwsCQCAAQf//A3ENACAAQQBIDQAgAEEQdkAAIgBBf0YEQEH80wBBMDYCAEF/DwsgAEEQdA8LAAsL3D8iAEGACAsJAQAAAAIAAAADAEGUCAsFBAAAAAUAQaQICwkGAAAABwAAAAgAQdwIC4otSW52YWxpZCBjaGFyIGluIHVybCBxdWVyeQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2JvZHkAQ29udGVudC1MZW5ndGggb3ZlcmZsb3cAQ2h1bmsgc2l6ZSBvdmVyZmxvdwBSZXNwb25zZSBvdmVyZmxvdwBJbnZhbGlkIG1ldGhvZCBmb3IgSFRUUC94LnggcmVxdWVzdABJbnZhbGlkIG1ldGhvZCBmb3IgUlRTUC94LnggcmVxdWVzdABFeHBlY3RlZCBTT1VSQ0UgbWV0aG9kIGZvciBJQ0UveC54IHJlcXVlc3QASW52YWxpZCBjaGFyIGluIHVybCBmcmFnbWVudCBzdGFydABFeHBlY3RlZCBkb3QAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9zdGF0dXMASW52YWxpZCByZXNwb25zZSBzdGF0dXMASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucwBVc2VyIGNhbGxiYWNrIGVycm9yAGBvbl9yZXNldGAgY2FsbGJhY2sgZXJyb3IAYG9uX2NodW5rX2hlYWRlcmAgY2FsbGJhY2sgZXJyb3IAYG9uX21lc3NhZ2VfYmVnaW5gIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19leHRlbnNpb25fdmFsdWVgIGNhbGxiYWNrIGVycm9yAGBvbl9zdGF0dXNfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl92ZXJzaW9uX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fdXJsX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9oZWFkZXJfdmFsdWVfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXNzYWdlX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fbWV0aG9kX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25faGVhZGVyX2ZpZWxkX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfZXh0ZW5zaW9uX25hbWVgIGNhbGxiYWNrIGVycm9yAFVuZXhwZWN0ZWQgY2hhciBpbiB1cmwgc2VydmVyAEludmFsaWQgaGVhZGVyIHZhbHVlIGNoYXIASW52YWxpZCBoZWFkZXIgZmllbGQgY2hhcgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3ZlcnNpb24ASW52YWxpZCBtaW5vciB2ZXJzaW9uAEludmFsaWQgbWFqb3IgdmVyc2lvbgBFeHBlY3RlZCBzcGFjZSBhZnRlciB2ZXJzaW9uAEV4cGVjdGVkIENSTEYgYWZ0ZXIgdmVyc2lvbgBJbnZhbGlkIEhUVFAgdmVyc2lvbgBJbnZhbGlkIGhlYWRlciB0b2tlbgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3VybABJbnZhbGlkIGNoYXJhY3RlcnMgaW4gdXJsAFVuZXhwZWN0ZWQgc3RhcnQgY2hhciBpbiB1cmwARG91YmxlIEAgaW4gdXJsAEVtcHR5IENvbnRlbnQtTGVuZ3RoAEludmFsaWQgY2hhcmFjdGVyIGluIENvbnRlbnQtTGVuZ3RoAER1cGxpY2F0ZSBDb250ZW50LUxlbmd0aABJbnZhbGlkIGNoYXIgaW4gdXJsIHBhdGgAQ29udGVudC1MZW5ndGggY2FuJ3QgYmUgcHJlc2VudCB3aXRoIFRyYW5zZmVyLUVuY29kaW5nAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIHNpemUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfdmFsdWUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9jaHVua19leHRlbnNpb25fdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyB2YWx1ZQBNaXNzaW5nIGV4cGVjdGVkIExGIGFmdGVyIGhlYWRlciB2YWx1ZQBJbnZhbGlkIGBUcmFuc2Zlci1FbmNvZGluZ2AgaGVhZGVyIHZhbHVlAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMgcXVvdGUgdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBxdW90ZWQgdmFsdWUAUGF1c2VkIGJ5IG9uX2hlYWRlcnNfY29tcGxldGUASW52YWxpZCBFT0Ygc3RhdGUAb25fcmVzZXQgcGF1c2UAb25fY2h1bmtfaGVhZGVyIHBhdXNlAG9uX21lc3NhZ2VfYmVnaW4gcGF1c2UAb25fY2h1bmtfZXh0ZW5zaW9uX3ZhbHVlIHBhdXNlAG9uX3N0YXR1c19jb21wbGV0ZSBwYXVzZQBvbl92ZXJzaW9uX2NvbXBsZXRlIHBhdXNlAG9uX3VybF9jb21wbGV0ZSBwYXVzZQBvbl9jaHVua19jb21wbGV0ZSBwYXVzZQBvbl9oZWFkZXJfdmFsdWVfY29tcGxldGUgcGF1c2UAb25fbWVzc2FnZV9jb21wbGV0ZSBwYXVzZQBvbl9tZXRob2RfY29tcGxldGUgcGF1c2UAb25faGVhZGVyX2ZpZWxkX2NvbXBsZXRlIHBhdXNlAG9uX2NodW5rX2V4dGVuc2lvbl9uYW1lIHBhdXNlAFVuZXhwZWN0ZWQgc3BhY2UgYWZ0ZXIgc3RhcnQgbGluZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2NodW5rX2V4dGVuc2lvbl9uYW1lAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMgbmFtZQBQYXVzZSBvbiBDT05ORUNUL1VwZ3JhZGUAUGF1c2Ugb24gUFJJL1VwZ3JhZGUARXhwZWN0ZWQgSFRUUC8yIENvbm5lY3Rpb24gUHJlZmFjZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX21ldGhvZABFeHBlY3RlZCBzcGFjZSBhZnRlciBtZXRob2QAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfZmllbGQAUGF1c2VkAEludmFsaWQgd29yZCBlbmNvdW50ZXJlZABJbnZhbGlkIG1ldGhvZCBlbmNvdW50ZXJlZABVbmV4cGVjdGVkIGNoYXIgaW4gdXJsIHNjaGVtYQBSZXF1ZXN0IGhhcyBpbnZhbGlkIGBUcmFuc2Zlci1FbmNvZGluZ2AAU1dJVENIX1BST1hZAFVTRV9QUk9YWQBNS0FDVElWSVRZAFVOUFJPQ0VTU0FCTEVfRU5USVRZAENPUFkATU9WRURfUEVSTUFORU5UTFkAVE9PX0VBUkxZAE5PVElGWQBGQUlMRURfREVQRU5ERU5DWQBCQURfR0FURVdBWQBQTEFZAFBVVABDSEVDS09VVABHQVRFV0FZX1RJTUVPVVQAUkVRVUVTVF9USU1FT1VUAE5FVFdPUktfQ09OTkVDVF9USU1FT1VUAENPTk5FQ1RJT05fVElNRU9VVABMT0dJTl9USU1FT1VUAE5FVFdPUktfUkVBRF9USU1FT1VUAFBPU1QATUlTRElSRUNURURfUkVRVUVTVABDTElFTlRfQ0xPU0VEX1JFUVVFU1QAQ0xJRU5UX0NMT1NFRF9MT0FEX0JBTEFOQ0VEX1JFUVVFU1QAQkFEX1JFUVVFU1QASFRUUF9SRVFVRVNUX1NFTlRfVE9fSFRUUFNfUE9SVABSRVBPUlQASU1fQV9URUFQT1QAUkVTRVRfQ09OVEVOVABOT19DT05URU5UAFBBUlRJQUxfQ09OVEVOVABIUEVfSU5WQUxJRF9DT05TVEFOVABIUEVfQ0JfUkVTRVQAR0VUAEhQRV9TVFJJQ1QAQ09ORkxJQ1QAVEVNUE9SQVJZX1JFRElSRUNUAFBFUk1BTkVOVF9SRURJUkVDVABDT05ORUNUAE1VTFRJX1NUQVRVUwBIUEVfSU5WQUxJRF9TVEFUVVMAVE9PX01BTllfUkVRVUVTVFMARUFSTFlfSElOVFMAVU5BVkFJTEFCTEVfRk9SX0xFR0FMX1JFQVNPTlMAT1BUSU9OUwBTV0lUQ0hJTkdfUFJPVE9DT0xTAFZBUklBTlRfQUxTT19ORUdPVElBVEVTAE1VTFRJUExFX0NIT0lDRVMASU5URVJOQUxfU0VSVkVSX0VSUk9SAFdFQl9TRVJWRVJfVU5LTk9XTl9FUlJPUgBSQUlMR1VOX0VSUk9SAElERU5USVRZX1BST1ZJREVSX0FVVEhFTlRJQ0FUSU9OX0VSUk9SAFNTTF9DRVJUSUZJQ0FURV9FUlJPUgBJTlZBTElEX1hfRk9SV0FSREVEX0ZPUgBTRVRfUEFSQU1FVEVSAEdFVF9QQVJBTUVURVIASFBFX1VTRVIAU0VFX09USEVSAEhQRV9DQl9DSFVOS19IRUFERVIATUtDQUxFTkRBUgBTRVRVUABXRUJfU0VSVkVSX0lTX0RPV04AVEVBUkRPV04ASFBFX0NMT1NFRF9DT05ORUNUSU9OAEhFVVJJU1RJQ19FWFBJUkFUSU9OAERJU0NPTk5FQ1RFRF9PUEVSQVRJT04ATk9OX0FVVEhPUklUQVRJVkVfSU5GT1JNQVRJT04ASFBFX0lOVkFMSURfVkVSU0lPTgBIUEVfQ0JfTUVTU0FHRV9CRUdJTgBTSVRFX0lTX0ZST1pFTgBIUEVfSU5WQUxJRF9IRUFERVJfVE9LRU4ASU5WQUxJRF9UT0tFTgBGT1JCSURERU4ARU5IQU5DRV9ZT1VSX0NBTE0ASFBFX0lOVkFMSURfVVJMAEJMT0NLRURfQllfUEFSRU5UQUxfQ09OVFJPTABNS0NPTABBQ0wASFBFX0lOVEVSTkFMAFJFUVVFU1RfSEVBREVSX0ZJRUxEU19UT09fTEFSR0VfVU5PRkZJQ0lBTABIUEVfT0sAVU5MSU5LAFVOTE9DSwBQUkkAUkVUUllfV0lUSABIUEVfSU5WQUxJRF9DT05URU5UX0xFTkdUSABIUEVfVU5FWFBFQ1RFRF9DT05URU5UX0xFTkdUSABGTFVTSABQUk9QUEFUQ0gATS1TRUFSQ0gAVVJJX1RPT19MT05HAFBST0NFU1NJTkcATUlTQ0VMTEFORU9VU19QRVJTSVNURU5UX1dBUk5JTkcATUlTQ0VMTEFORU9VU19XQVJOSU5HAEhQRV9JTlZBTElEX1RSQU5TRkVSX0VOQ09ESU5HAEV4cGVjdGVkIENSTEYASFBFX0lOVkFMSURfQ0hVTktfU0laRQBNT1ZFAENPTlRJTlVFAEhQRV9DQl9TVEFUVVNfQ09NUExFVEUASFBFX0NCX0hFQURFUlNfQ09NUExFVEUASFBFX0NCX1ZFUlNJT05fQ09NUExFVEUASFBFX0NCX1VSTF9DT01QTEVURQBIUEVfQ0JfQ0hVTktfQ09NUExFVEUASFBFX0NCX0hFQURFUl9WQUxVRV9DT01QTEVURQBIUEVfQ0JfQ0hVTktfRVhURU5TSU9OX1ZBTFVFX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19FWFRFTlNJT05fTkFNRV9DT01QTEVURQBIUEVfQ0JfTUVTU0FHRV9DT01QTEVURQBIUEVfQ0JfTUVUSE9EX0NPTVBMRVRFAEhQRV9DQl9IRUFERVJfRklFTERfQ09NUExFVEUAREVMRVRFAEhQRV9JTlZBTElEX0VPRl9TVEFURQBJTlZBTElEX1NTTF9DRVJUSUZJQ0FURQBQQVVTRQBOT19SRVNQT05TRQBVTlNVUFBPUlRFRF9NRURJQV9UWVBFAEdPTkUATk9UX0FDQ0VQVEFCTEUAU0VSVklDRV9VTkFWQUlMQUJMRQBSQU5HRV9OT1RfU0FUSVNGSUFCTEUAT1JJR0lOX0lTX1VOUkVBQ0hBQkxFAFJFU1BPTlNFX0lTX1NUQUxFAFBVUkdFAE1FUkdFAFJFUVVFU1RfSEVBREVSX0ZJRUxEU19UT09fTEFSR0UAUkVRVUVTVF9IRUFERVJfVE9PX0xBUkdFAFBBWUxPQURfVE9PX0xBUkdFAElOU1VGRklDSUVOVF9TVE9SQUdFAEhQRV9QQVVTRURfVVBHUkFERQBIUEVfUEFVU0VEX0gyX1VQR1JBREUAU09VUkNFAEFOTk9VTkNFAFRSQUNFAEhQRV9VTkVYUEVDVEVEX1NQQUNFAERFU0NSSUJFAFVOU1VCU0NSSUJFAFJFQ09SRABIUEVfSU5WQUxJRF9NRVRIT0QATk9UX0ZPVU5EAFBST1BGSU5EAFVOQklORABSRUJJTkQAVU5BVVRIT1JJWkVEAE1FVEhPRF9OT1RfQUxMT1dFRABIVFRQX1ZFUlNJT05fTk9UX1NVUFBPUlRFRABBTFJFQURZX1JFUE9SVEVEAEFDQ0VQVEVEAE5PVF9JTVBMRU1FTlRFRABMT09QX0RFVEVDVEVEAEhQRV9DUl9FWFBFQ1RFRABIUEVfTEZfRVhQRUNURUQAQ1JFQVRFRABJTV9VU0VEAEhQRV9QQVVTRUQAVElNRU9VVF9PQ0NVUkVEAFBBWU1FTlRfUkVRVUlSRUQAUFJFQ09ORElUSU9OX1JFUVVJUkVEAFBST1hZX0FVVEhFTlRJQ0FUSU9OX1JFUVVJUkVEAE5FVFdPUktfQVVUSEVOVElDQVRJT05fUkVRVUlSRUQATEVOR1RIX1JFUVVJUkVEAFNTTF9DRVJUSUZJQ0FURV9SRVFVSVJFRABVUEdSQURFX1JFUVVJUkVEAFBBR0VfRVhQSVJFRABQUkVDT05ESVRJT05fRkFJTEVEAEVYUEVDVEFUSU9OX0ZBSUxFRABSRVZBTElEQVRJT05fRkFJTEVEAFNTTF9IQU5EU0hBS0VfRkFJTEVEAExPQ0tFRABUUkFOU0ZPUk1BVElPTl9BUFBMSUVEAE5PVF9NT0RJRklFRABOT1RfRVhURU5ERUQAQkFORFdJRFRIX0xJTUlUX0VYQ0VFREVEAFNJVEVfSVNfT1ZFUkxPQURFRABIRUFEAEV4cGVjdGVkIEhUVFAvAABeEwAAJhMAADAQAADwFwAAnRMAABUSAAA5FwAA8BIAAAoQAAB1EgAArRIAAIITAABPFAAAfxAAAKAVAAAjFAAAiRIAAIsUAABNFQAA1BEAAM8UAAAQGAAAyRYAANwWAADBEQAA4BcAALsUAAB0FAAAfBUAAOUUAAAIFwAAHxAAAGUVAACjFAAAKBUAAAIVAACZFQAALBAAAIsZAABPDwAA1A4AAGoQAADOEAAAAhcAAIkOAABuEwAAHBMAAGYUAABWFwAAwRMAAM0TAABsEwAAaBcAAGYXAABfFwAAIhMAAM4PAABpDgAA2A4AAGMWAADLEwAAqg4AACgXAAAmFwAAxRMAAF0WAADoEQAAZxMAAGUTAADyFgAAcxMAAB0XAAD5FgAA8xEAAM8OAADOFQAADBIAALMRAAClEQAAYRAAADIXAAC7EwBB+TULAQEAQZA2C+ABAQECAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQf03CwEBAEGROAteAgMCAgICAgAAAgIAAgIAAgICAgICAgICAgAEAAAAAAACAgICAgICAgICAgICAgICAgICAgICAgICAgAAAAICAgICAgICAgICAgICAgICAgICAgICAgICAgICAAIAAgBB/TkLAQEAQZE6C14CAAICAgICAAACAgACAgACAgICAgICAgICAAMABAAAAAICAgICAgICAgICAgICAgICAgICAgICAgICAAAAAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAAgACAEHwOwsNbG9zZWVlcC1hbGl2ZQBBiTwLAQEAQaA8C+ABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQYk+CwEBAEGgPgvnAQEBAQEBAQEBAQEBAQIBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBY2h1bmtlZABBsMAAC18BAQABAQEBAQAAAQEAAQEAAQEBAQEBAQEBAQAAAAAAAAABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQAAAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEAAQBBkMIACyFlY3Rpb25lbnQtbGVuZ3Rob25yb3h5LWNvbm5lY3Rpb24AQcDCAAstcmFuc2Zlci1lbmNvZGluZ3BncmFkZQ0KDQoNClNNDQoNClRUUC9DRS9UU1AvAEH5wgALBQECAAEDAEGQwwAL4AEEAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBB+cQACwUBAgABAwBBkMUAC+ABBAEBBQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQfnGAAsEAQAAAQBBkccAC98BAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBB+sgACwQBAAACAEGQyQALXwMEAAAEBAQEBAQEBAQEBAUEBAQEBAQEBAQEBAQABAAGBwQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEAAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQAAAAEAEH6ygALBAEAAAEAQZDLAAsBAQBBqssAC0ECAAAAAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwBB+swACwQBAAABAEGQzQALAQEAQZrNAAsGAgAAAAACAEGxzQALOgMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAAAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAQfDOAAuWAU5PVU5DRUVDS09VVE5FQ1RFVEVDUklCRUxVU0hFVEVBRFNFQVJDSFJHRUNUSVZJVFlMRU5EQVJWRU9USUZZUFRJT05TQ0hTRUFZU1RBVENIR0VPUkRJUkVDVE9SVFJDSFBBUkFNRVRFUlVSQ0VCU0NSSUJFQVJET1dOQUNFSU5ETktDS1VCU0NSSUJFSFRUUC9BRFRQLw==","base64")},4608:(e,t)=>{Object.defineProperty(t,"__esModule",{value:true});t.enumToMap=void 0;function enumToMap(e){const t={};Object.keys(e).forEach(r=>{const s=e[r];if(typeof s==="number"){t[r]=s}});return t}t.enumToMap=enumToMap},7017:(e,t,r)=>{const{kClients:s}=r(8031);const o=r(1745);const{kAgent:n,kMockAgentSet:A,kMockAgentGet:i,kDispatches:a,kIsMockActive:c,kNetConnect:l,kGetNetConnect:u,kOptions:g,kFactory:h}=r(2305);const E=r(2361);const d=r(6480);const{matchValue:p,buildMockOptions:Q}=r(3193);const{InvalidArgumentError:f,UndiciError:B}=r(3959);const I=r(3415);const m=r(5773);const w=r(5738);class MockAgent extends I{constructor(e){super(e);this[l]=true;this[c]=true;if(e?.agent&&typeof e.agent.dispatch!=="function"){throw new f("Argument opts.agent must implement Agent")}const t=e?.agent?e.agent:new o(e);this[n]=t;this[s]=t[s];this[g]=Q(e)}get(e){let t=this[i](e);if(!t){t=this[h](e);this[A](e,t)}return t}dispatch(e,t){this.get(e.origin);return this[n].dispatch(e,t)}async close(){await this[n].close();this[s].clear()}deactivate(){this[c]=false}activate(){this[c]=true}enableNetConnect(e){if(typeof e==="string"||typeof e==="function"||e instanceof RegExp){if(Array.isArray(this[l])){this[l].push(e)}else{this[l]=[e]}}else if(typeof e==="undefined"){this[l]=true}else{throw new f("Unsupported matcher. Must be one of String|Function|RegExp.")}}disableNetConnect(){this[l]=false}get isMockActive(){return this[c]}[A](e,t){this[s].set(e,t)}[h](e){const t=Object.assign({agent:this},this[g]);return this[g]&&this[g].connections===1?new E(e,t):new d(e,t)}[i](e){const t=this[s].get(e);if(t){return t}if(typeof e!=="string"){const t=this[h]("http://localhost:9999");this[A](e,t);return t}for(const[t,r]of Array.from(this[s])){if(r&&typeof t!=="string"&&p(t,e)){const t=this[h](e);this[A](e,t);t[a]=r[a];return t}}}[u](){return this[l]}pendingInterceptors(){const e=this[s];return Array.from(e.entries()).flatMap(([e,t])=>t[a].map(t=>({...t,origin:e}))).filter(({pending:e})=>e)}assertNoPendingInterceptors({pendingInterceptorsFormatter:e=new w}={}){const t=this.pendingInterceptors();if(t.length===0){return}const r=new m("interceptor","interceptors").pluralize(t.length);throw new B(`\n${r.count} ${r.noun} ${r.is} pending:\n\n${e.format(t)}\n`.trim())}}e.exports=MockAgent},2361:(e,t,r)=>{const{promisify:s}=r(7975);const o=r(1313);const{buildMockDispatch:n}=r(3193);const{kDispatches:A,kMockAgent:i,kClose:a,kOriginalClose:c,kOrigin:l,kOriginalDispatch:u,kConnected:g}=r(2305);const{MockInterceptor:h}=r(5843);const E=r(8031);const{InvalidArgumentError:d}=r(3959);class MockClient extends o{constructor(e,t){super(e,t);if(!t||!t.agent||typeof t.agent.dispatch!=="function"){throw new d("Argument opts.agent must implement Agent")}this[i]=t.agent;this[l]=e;this[A]=[];this[g]=1;this[u]=this.dispatch;this[c]=this.close.bind(this);this.dispatch=n.call(this);this.close=this[a]}get[E.kConnected](){return this[g]}intercept(e){return new h(e,this[A])}async[a](){await s(this[c])();this[g]=0;this[i][E.kClients].delete(this[l])}}e.exports=MockClient},2673:(e,t,r)=>{const{UndiciError:s}=r(3959);const o=Symbol.for("undici.error.UND_MOCK_ERR_MOCK_NOT_MATCHED");class MockNotMatchedError extends s{constructor(e){super(e);Error.captureStackTrace(this,MockNotMatchedError);this.name="MockNotMatchedError";this.message=e||"The request does not match any registered mock dispatches";this.code="UND_MOCK_ERR_MOCK_NOT_MATCHED"}static[Symbol.hasInstance](e){return e&&e[o]===true}[o]=true}e.exports={MockNotMatchedError:MockNotMatchedError}},5843:(e,t,r)=>{const{getResponseData:s,buildKey:o,addMockDispatch:n}=r(3193);const{kDispatches:A,kDispatchKey:i,kDefaultHeaders:a,kDefaultTrailers:c,kContentLength:l,kMockDispatch:u}=r(2305);const{InvalidArgumentError:g}=r(3959);const{buildURL:h}=r(9500);class MockScope{constructor(e){this[u]=e}delay(e){if(typeof e!=="number"||!Number.isInteger(e)||e<=0){throw new g("waitInMs must be a valid integer > 0")}this[u].delay=e;return this}persist(){this[u].persist=true;return this}times(e){if(typeof e!=="number"||!Number.isInteger(e)||e<=0){throw new g("repeatTimes must be a valid integer > 0")}this[u].times=e;return this}}class MockInterceptor{constructor(e,t){if(typeof e!=="object"){throw new g("opts must be an object")}if(typeof e.path==="undefined"){throw new g("opts.path must be defined")}if(typeof e.method==="undefined"){e.method="GET"}if(typeof e.path==="string"){if(e.query){e.path=h(e.path,e.query)}else{const t=new URL(e.path,"data://");e.path=t.pathname+t.search}}if(typeof e.method==="string"){e.method=e.method.toUpperCase()}this[i]=o(e);this[A]=t;this[a]={};this[c]={};this[l]=false}createMockScopeDispatchData({statusCode:e,data:t,responseOptions:r}){const o=s(t);const n=this[l]?{"content-length":o.length}:{};const A={...this[a],...n,...r.headers};const i={...this[c],...r.trailers};return{statusCode:e,data:t,headers:A,trailers:i}}validateReplyParameters(e){if(typeof e.statusCode==="undefined"){throw new g("statusCode must be defined")}if(typeof e.responseOptions!=="object"||e.responseOptions===null){throw new g("responseOptions must be an object")}}reply(e){if(typeof e==="function"){const wrappedDefaultsCallback=t=>{const r=e(t);if(typeof r!=="object"||r===null){throw new g("reply options callback must return an object")}const s={data:"",responseOptions:{},...r};this.validateReplyParameters(s);return{...this.createMockScopeDispatchData(s)}};const t=n(this[A],this[i],wrappedDefaultsCallback);return new MockScope(t)}const t={statusCode:e,data:arguments[1]===undefined?"":arguments[1],responseOptions:arguments[2]===undefined?{}:arguments[2]};this.validateReplyParameters(t);const r=this.createMockScopeDispatchData(t);const s=n(this[A],this[i],r);return new MockScope(s)}replyWithError(e){if(typeof e==="undefined"){throw new g("error must be defined")}const t=n(this[A],this[i],{error:e});return new MockScope(t)}defaultReplyHeaders(e){if(typeof e==="undefined"){throw new g("headers must be defined")}this[a]=e;return this}defaultReplyTrailers(e){if(typeof e==="undefined"){throw new g("trailers must be defined")}this[c]=e;return this}replyContentLength(){this[l]=true;return this}}e.exports.MockInterceptor=MockInterceptor;e.exports.MockScope=MockScope},6480:(e,t,r)=>{const{promisify:s}=r(7975);const o=r(5928);const{buildMockDispatch:n}=r(3193);const{kDispatches:A,kMockAgent:i,kClose:a,kOriginalClose:c,kOrigin:l,kOriginalDispatch:u,kConnected:g}=r(2305);const{MockInterceptor:h}=r(5843);const E=r(8031);const{InvalidArgumentError:d}=r(3959);class MockPool extends o{constructor(e,t){super(e,t);if(!t||!t.agent||typeof t.agent.dispatch!=="function"){throw new d("Argument opts.agent must implement Agent")}this[i]=t.agent;this[l]=e;this[A]=[];this[g]=1;this[u]=this.dispatch;this[c]=this.close.bind(this);this.dispatch=n.call(this);this.close=this[a]}get[E.kConnected](){return this[g]}intercept(e){return new h(e,this[A])}async[a](){await s(this[c])();this[g]=0;this[i][E.kClients].delete(this[l])}}e.exports=MockPool},2305:e=>{e.exports={kAgent:Symbol("agent"),kOptions:Symbol("options"),kFactory:Symbol("factory"),kDispatches:Symbol("dispatches"),kDispatchKey:Symbol("dispatch key"),kDefaultHeaders:Symbol("default headers"),kDefaultTrailers:Symbol("default trailers"),kContentLength:Symbol("content length"),kMockAgent:Symbol("mock agent"),kMockAgentSet:Symbol("mock agent set"),kMockAgentGet:Symbol("mock agent get"),kMockDispatch:Symbol("mock dispatch"),kClose:Symbol("close"),kOriginalClose:Symbol("original agent close"),kOrigin:Symbol("origin"),kIsMockActive:Symbol("is mock active"),kNetConnect:Symbol("net connect"),kGetNetConnect:Symbol("get net connect"),kConnected:Symbol("connected")}},3193:(e,t,r)=>{const{MockNotMatchedError:s}=r(2673);const{kDispatches:o,kMockAgent:n,kOriginalDispatch:A,kOrigin:i,kGetNetConnect:a}=r(2305);const{buildURL:c}=r(9500);const{STATUS_CODES:l}=r(7067);const{types:{isPromise:u}}=r(7975);function matchValue(e,t){if(typeof e==="string"){return e===t}if(e instanceof RegExp){return e.test(t)}if(typeof e==="function"){return e(t)===true}return false}function lowerCaseEntries(e){return Object.fromEntries(Object.entries(e).map(([e,t])=>[e.toLocaleLowerCase(),t]))}function getHeaderByName(e,t){if(Array.isArray(e)){for(let r=0;r<e.length;r+=2){if(e[r].toLocaleLowerCase()===t.toLocaleLowerCase()){return e[r+1]}}return undefined}else if(typeof e.get==="function"){return e.get(t)}else{return lowerCaseEntries(e)[t.toLocaleLowerCase()]}}function buildHeadersFromArray(e){const t=e.slice();const r=[];for(let e=0;e<t.length;e+=2){r.push([t[e],t[e+1]])}return Object.fromEntries(r)}function matchHeaders(e,t){if(typeof e.headers==="function"){if(Array.isArray(t)){t=buildHeadersFromArray(t)}return e.headers(t?lowerCaseEntries(t):{})}if(typeof e.headers==="undefined"){return true}if(typeof t!=="object"||typeof e.headers!=="object"){return false}for(const[r,s]of Object.entries(e.headers)){const e=getHeaderByName(t,r);if(!matchValue(s,e)){return false}}return true}function safeUrl(e){if(typeof e!=="string"){return e}const t=e.split("?");if(t.length!==2){return e}const r=new URLSearchParams(t.pop());r.sort();return[...t,r.toString()].join("?")}function matchKey(e,{path:t,method:r,body:s,headers:o}){const n=matchValue(e.path,t);const A=matchValue(e.method,r);const i=typeof e.body!=="undefined"?matchValue(e.body,s):true;const a=matchHeaders(e,o);return n&&A&&i&&a}function getResponseData(e){if(Buffer.isBuffer(e)){return e}else if(e instanceof Uint8Array){return e}else if(e instanceof ArrayBuffer){return e}else if(typeof e==="object"){return JSON.stringify(e)}else{return e.toString()}}function getMockDispatch(e,t){const r=t.query?c(t.path,t.query):t.path;const o=typeof r==="string"?safeUrl(r):r;let n=e.filter(({consumed:e})=>!e).filter(({path:e})=>matchValue(safeUrl(e),o));if(n.length===0){throw new s(`Mock dispatch not matched for path '${o}'`)}n=n.filter(({method:e})=>matchValue(e,t.method));if(n.length===0){throw new s(`Mock dispatch not matched for method '${t.method}' on path '${o}'`)}n=n.filter(({body:e})=>typeof e!=="undefined"?matchValue(e,t.body):true);if(n.length===0){throw new s(`Mock dispatch not matched for body '${t.body}' on path '${o}'`)}n=n.filter(e=>matchHeaders(e,t.headers));if(n.length===0){const e=typeof t.headers==="object"?JSON.stringify(t.headers):t.headers;throw new s(`Mock dispatch not matched for headers '${e}' on path '${o}'`)}return n[0]}function addMockDispatch(e,t,r){const s={timesInvoked:0,times:1,persist:false,consumed:false};const o=typeof r==="function"?{callback:r}:{...r};const n={...s,...t,pending:true,data:{error:null,...o}};e.push(n);return n}function deleteMockDispatch(e,t){const r=e.findIndex(e=>{if(!e.consumed){return false}return matchKey(e,t)});if(r!==-1){e.splice(r,1)}}function buildKey(e){const{path:t,method:r,body:s,headers:o,query:n}=e;return{path:t,method:r,body:s,headers:o,query:n}}function generateKeyValues(e){const t=Object.keys(e);const r=[];for(let s=0;s<t.length;++s){const o=t[s];const n=e[o];const A=Buffer.from(`${o}`);if(Array.isArray(n)){for(let e=0;e<n.length;++e){r.push(A,Buffer.from(`${n[e]}`))}}else{r.push(A,Buffer.from(`${n}`))}}return r}function getStatusText(e){return l[e]||"unknown"}async function getResponse(e){const t=[];for await(const r of e){t.push(r)}return Buffer.concat(t).toString("utf8")}function mockDispatch(e,t){const r=buildKey(e);const s=getMockDispatch(this[o],r);s.timesInvoked++;if(s.data.callback){s.data={...s.data,...s.data.callback(e)}}const{data:{statusCode:n,data:A,headers:i,trailers:a,error:c},delay:l,persist:g}=s;const{timesInvoked:h,times:E}=s;s.consumed=!g&&h>=E;s.pending=h<E;if(c!==null){deleteMockDispatch(this[o],r);t.onError(c);return true}if(typeof l==="number"&&l>0){setTimeout(()=>{handleReply(this[o])},l)}else{handleReply(this[o])}function handleReply(s,o=A){const c=Array.isArray(e.headers)?buildHeadersFromArray(e.headers):e.headers;const l=typeof o==="function"?o({...e,headers:c}):o;if(u(l)){l.then(e=>handleReply(s,e));return}const g=getResponseData(l);const h=generateKeyValues(i);const E=generateKeyValues(a);t.onConnect?.(e=>t.onError(e),null);t.onHeaders?.(n,h,resume,getStatusText(n));t.onData?.(Buffer.from(g));t.onComplete?.(E);deleteMockDispatch(s,r)}function resume(){}return true}function buildMockDispatch(){const e=this[n];const t=this[i];const r=this[A];return function dispatch(o,n){if(e.isMockActive){try{mockDispatch.call(this,o,n)}catch(A){if(A instanceof s){const i=e[a]();if(i===false){throw new s(`${A.message}: subsequent request to origin ${t} was not allowed (net.connect disabled)`)}if(checkNetConnect(i,t)){r.call(this,o,n)}else{throw new s(`${A.message}: subsequent request to origin ${t} was not allowed (net.connect is not enabled for this origin)`)}}else{throw A}}}else{r.call(this,o,n)}}}function checkNetConnect(e,t){const r=new URL(t);if(e===true){return true}else if(Array.isArray(e)&&e.some(e=>matchValue(e,r.host))){return true}return false}function buildMockOptions(e){if(e){const{agent:t,...r}=e;return r}}e.exports={getResponseData:getResponseData,getMockDispatch:getMockDispatch,addMockDispatch:addMockDispatch,deleteMockDispatch:deleteMockDispatch,buildKey:buildKey,generateKeyValues:generateKeyValues,matchValue:matchValue,getResponse:getResponse,getStatusText:getStatusText,mockDispatch:mockDispatch,buildMockDispatch:buildMockDispatch,checkNetConnect:checkNetConnect,buildMockOptions:buildMockOptions,getHeaderByName:getHeaderByName,buildHeadersFromArray:buildHeadersFromArray}},5738:(e,t,r)=>{const{Transform:s}=r(7075);const{Console:o}=r(7540);const n=process.versions.icu?"✅":"Y ";const A=process.versions.icu?"❌":"N ";e.exports=class PendingInterceptorsFormatter{constructor({disableColors:e}={}){this.transform=new s({transform(e,t,r){r(null,e)}});this.logger=new o({stdout:this.transform,inspectOptions:{colors:!e&&!process.env.CI}})}format(e){const t=e.map(({method:e,path:t,data:{statusCode:r},persist:s,times:o,timesInvoked:i,origin:a})=>({Method:e,Origin:a,Path:t,"Status code":r,Persistent:s?n:A,Invocations:i,Remaining:s?Infinity:o-i}));this.logger.table(t);return this.transform.read().toString()}}},5773:e=>{const t={pronoun:"it",is:"is",was:"was",this:"this"};const r={pronoun:"they",is:"are",was:"were",this:"these"};e.exports=class Pluralizer{constructor(e,t){this.singular=e;this.plural=t}pluralize(e){const s=e===1;const o=s?t:r;const n=s?this.singular:this.plural;return{...o,count:e,noun:n}}}},4591:e=>{let t=0;const r=1e3;const s=(r>>1)-1;let o;const n=Symbol("kFastTimer");const A=[];const i=-2;const a=-1;const c=0;const l=1;function onTick(){t+=s;let e=0;let r=A.length;while(e<r){const o=A[e];if(o._state===c){o._idleStart=t-s;o._state=l}else if(o._state===l&&t>=o._idleStart+o._idleTimeout){o._state=a;o._idleStart=-1;o._onTimeout(o._timerArg)}if(o._state===a){o._state=i;if(--r!==0){A[e]=A[r]}}else{++e}}A.length=r;if(A.length!==0){refreshTimeout()}}function refreshTimeout(){if(o){o.refresh()}else{clearTimeout(o);o=setTimeout(onTick,s);if(o.unref){o.unref()}}}class FastTimer{[n]=true;_state=i;_idleTimeout=-1;_idleStart=-1;_onTimeout;_timerArg;constructor(e,t,r){this._onTimeout=e;this._idleTimeout=t;this._timerArg=r;this.refresh()}refresh(){if(this._state===i){A.push(this)}if(!o||A.length===1){refreshTimeout()}this._state=c}clear(){this._state=a;this._idleStart=-1}}e.exports={setTimeout(e,t,s){return t<=r?setTimeout(e,t,s):new FastTimer(e,t,s)},clearTimeout(e){if(e[n]){e.clear()}else{clearTimeout(e)}},setFastTimeout(e,t,r){return new FastTimer(e,t,r)},clearFastTimeout(e){e.clear()},now(){return t},tick(e=0){t+=e-r+1;onTick();onTick()},reset(){t=0;A.length=0;clearTimeout(o);o=null},kFastTimer:n}},9918:(e,t,r)=>{const{kConstruct:s}=r(8329);const{urlEquals:o,getFieldValues:n}=r(3762);const{kEnumerableProperty:A,isDisturbed:i}=r(9500);const{webidl:a}=r(4625);const{Response:c,cloneResponse:l,fromInnerResponse:u}=r(7287);const{Request:g,fromInnerRequest:h}=r(9683);const{kState:E}=r(3175);const{fetching:d}=r(4202);const{urlIsHttpHttpsScheme:p,createDeferredPromise:Q,readAllBytes:f}=r(1204);const B=r(4589);class Cache{#F;constructor(){if(arguments[0]!==s){a.illegalConstructor()}a.util.markAsUncloneable(this);this.#F=arguments[1]}async match(e,t={}){a.brandCheck(this,Cache);const r="Cache.match";a.argumentLengthCheck(arguments,1,r);e=a.converters.RequestInfo(e,r,"request");t=a.converters.CacheQueryOptions(t,r,"options");const s=this.#v(e,t,1);if(s.length===0){return}return s[0]}async matchAll(e=undefined,t={}){a.brandCheck(this,Cache);const r="Cache.matchAll";if(e!==undefined)e=a.converters.RequestInfo(e,r,"request");t=a.converters.CacheQueryOptions(t,r,"options");return this.#v(e,t)}async add(e){a.brandCheck(this,Cache);const t="Cache.add";a.argumentLengthCheck(arguments,1,t);e=a.converters.RequestInfo(e,t,"request");const r=[e];const s=this.addAll(r);return await s}async addAll(e){a.brandCheck(this,Cache);const t="Cache.addAll";a.argumentLengthCheck(arguments,1,t);const r=[];const s=[];for(let r of e){if(r===undefined){throw a.errors.conversionFailed({prefix:t,argument:"Argument 1",types:["undefined is not allowed"]})}r=a.converters.RequestInfo(r);if(typeof r==="string"){continue}const e=r[E];if(!p(e.url)||e.method!=="GET"){throw a.errors.exception({header:t,message:"Expected http/s scheme when method is not GET."})}}const o=[];for(const A of e){const e=new g(A)[E];if(!p(e.url)){throw a.errors.exception({header:t,message:"Expected http/s scheme."})}e.initiator="fetch";e.destination="subresource";s.push(e);const i=Q();o.push(d({request:e,processResponse(e){if(e.type==="error"||e.status===206||e.status<200||e.status>299){i.reject(a.errors.exception({header:"Cache.addAll",message:"Received an invalid status code or the request failed."}))}else if(e.headersList.contains("vary")){const t=n(e.headersList.get("vary"));for(const e of t){if(e==="*"){i.reject(a.errors.exception({header:"Cache.addAll",message:"invalid vary field value"}));for(const e of o){e.abort()}return}}}},processResponseEndOfBody(e){if(e.aborted){i.reject(new DOMException("aborted","AbortError"));return}i.resolve(e)}}));r.push(i.promise)}const A=Promise.all(r);const i=await A;const c=[];let l=0;for(const e of i){const t={type:"put",request:s[l],response:e};c.push(t);l++}const u=Q();let h=null;try{this.#U(c)}catch(e){h=e}queueMicrotask(()=>{if(h===null){u.resolve(undefined)}else{u.reject(h)}});return u.promise}async put(e,t){a.brandCheck(this,Cache);const r="Cache.put";a.argumentLengthCheck(arguments,2,r);e=a.converters.RequestInfo(e,r,"request");t=a.converters.Response(t,r,"response");let s=null;if(e instanceof g){s=e[E]}else{s=new g(e)[E]}if(!p(s.url)||s.method!=="GET"){throw a.errors.exception({header:r,message:"Expected an http/s scheme when method is not GET"})}const o=t[E];if(o.status===206){throw a.errors.exception({header:r,message:"Got 206 status"})}if(o.headersList.contains("vary")){const e=n(o.headersList.get("vary"));for(const t of e){if(t==="*"){throw a.errors.exception({header:r,message:"Got * vary field value"})}}}if(o.body&&(i(o.body.stream)||o.body.stream.locked)){throw a.errors.exception({header:r,message:"Response body is locked or disturbed"})}const A=l(o);const c=Q();if(o.body!=null){const e=o.body.stream;const t=e.getReader();f(t).then(c.resolve,c.reject)}else{c.resolve(undefined)}const u=[];const h={type:"put",request:s,response:A};u.push(h);const d=await c.promise;if(A.body!=null){A.body.source=d}const B=Q();let I=null;try{this.#U(u)}catch(e){I=e}queueMicrotask(()=>{if(I===null){B.resolve()}else{B.reject(I)}});return B.promise}async delete(e,t={}){a.brandCheck(this,Cache);const r="Cache.delete";a.argumentLengthCheck(arguments,1,r);e=a.converters.RequestInfo(e,r,"request");t=a.converters.CacheQueryOptions(t,r,"options");let s=null;if(e instanceof g){s=e[E];if(s.method!=="GET"&&!t.ignoreMethod){return false}}else{B(typeof e==="string");s=new g(e)[E]}const o=[];const n={type:"delete",request:s,options:t};o.push(n);const A=Q();let i=null;let c;try{c=this.#U(o)}catch(e){i=e}queueMicrotask(()=>{if(i===null){A.resolve(!!c?.length)}else{A.reject(i)}});return A.promise}async keys(e=undefined,t={}){a.brandCheck(this,Cache);const r="Cache.keys";if(e!==undefined)e=a.converters.RequestInfo(e,r,"request");t=a.converters.CacheQueryOptions(t,r,"options");let s=null;if(e!==undefined){if(e instanceof g){s=e[E];if(s.method!=="GET"&&!t.ignoreMethod){return[]}}else if(typeof e==="string"){s=new g(e)[E]}}const o=Q();const n=[];if(e===undefined){for(const e of this.#F){n.push(e[0])}}else{const e=this.#N(s,t);for(const t of e){n.push(t[0])}}queueMicrotask(()=>{const e=[];for(const t of n){const r=h(t,(new AbortController).signal,"immutable");e.push(r)}o.resolve(Object.freeze(e))});return o.promise}#U(e){const t=this.#F;const r=[...t];const s=[];const o=[];try{for(const r of e){if(r.type!=="delete"&&r.type!=="put"){throw a.errors.exception({header:"Cache.#batchCacheOperations",message:'operation type does not match "delete" or "put"'})}if(r.type==="delete"&&r.response!=null){throw a.errors.exception({header:"Cache.#batchCacheOperations",message:"delete operation should not have an associated response"})}if(this.#N(r.request,r.options,s).length){throw new DOMException("???","InvalidStateError")}let e;if(r.type==="delete"){e=this.#N(r.request,r.options);if(e.length===0){return[]}for(const r of e){const e=t.indexOf(r);B(e!==-1);t.splice(e,1)}}else if(r.type==="put"){if(r.response==null){throw a.errors.exception({header:"Cache.#batchCacheOperations",message:"put operation should have an associated response"})}const o=r.request;if(!p(o.url)){throw a.errors.exception({header:"Cache.#batchCacheOperations",message:"expected http or https scheme"})}if(o.method!=="GET"){throw a.errors.exception({header:"Cache.#batchCacheOperations",message:"not get method"})}if(r.options!=null){throw a.errors.exception({header:"Cache.#batchCacheOperations",message:"options must not be defined"})}e=this.#N(r.request);for(const r of e){const e=t.indexOf(r);B(e!==-1);t.splice(e,1)}t.push([r.request,r.response]);s.push([r.request,r.response])}o.push([r.request,r.response])}return o}catch(e){this.#F.length=0;this.#F=r;throw e}}#N(e,t,r){const s=[];const o=r??this.#F;for(const r of o){const[o,n]=r;if(this.#M(e,o,n,t)){s.push(r)}}return s}#M(e,t,r=null,s){const A=new URL(e.url);const i=new URL(t.url);if(s?.ignoreSearch){i.search="";A.search=""}if(!o(A,i,true)){return false}if(r==null||s?.ignoreVary||!r.headersList.contains("vary")){return true}const a=n(r.headersList.get("vary"));for(const r of a){if(r==="*"){return false}const s=t.headersList.get(r);const o=e.headersList.get(r);if(s!==o){return false}}return true}#v(e,t,r=Infinity){let s=null;if(e!==undefined){if(e instanceof g){s=e[E];if(s.method!=="GET"&&!t.ignoreMethod){return[]}}else if(typeof e==="string"){s=new g(e)[E]}}const o=[];if(e===undefined){for(const e of this.#F){o.push(e[1])}}else{const e=this.#N(s,t);for(const t of e){o.push(t[1])}}const n=[];for(const e of o){const t=u(e,"immutable");n.push(t.clone());if(n.length>=r){break}}return Object.freeze(n)}}Object.defineProperties(Cache.prototype,{[Symbol.toStringTag]:{value:"Cache",configurable:true},match:A,matchAll:A,add:A,addAll:A,put:A,delete:A,keys:A});const I=[{key:"ignoreSearch",converter:a.converters.boolean,defaultValue:()=>false},{key:"ignoreMethod",converter:a.converters.boolean,defaultValue:()=>false},{key:"ignoreVary",converter:a.converters.boolean,defaultValue:()=>false}];a.converters.CacheQueryOptions=a.dictionaryConverter(I);a.converters.MultiCacheQueryOptions=a.dictionaryConverter([...I,{key:"cacheName",converter:a.converters.DOMString}]);a.converters.Response=a.interfaceConverter(c);a.converters["sequence<RequestInfo>"]=a.sequenceConverter(a.converters.RequestInfo);e.exports={Cache:Cache}},6577:(e,t,r)=>{const{kConstruct:s}=r(8329);const{Cache:o}=r(9918);const{webidl:n}=r(4625);const{kEnumerableProperty:A}=r(9500);class CacheStorage{#L=new Map;constructor(){if(arguments[0]!==s){n.illegalConstructor()}n.util.markAsUncloneable(this)}async match(e,t={}){n.brandCheck(this,CacheStorage);n.argumentLengthCheck(arguments,1,"CacheStorage.match");e=n.converters.RequestInfo(e);t=n.converters.MultiCacheQueryOptions(t);if(t.cacheName!=null){if(this.#L.has(t.cacheName)){const r=this.#L.get(t.cacheName);const n=new o(s,r);return await n.match(e,t)}}else{for(const r of this.#L.values()){const n=new o(s,r);const A=await n.match(e,t);if(A!==undefined){return A}}}}async has(e){n.brandCheck(this,CacheStorage);const t="CacheStorage.has";n.argumentLengthCheck(arguments,1,t);e=n.converters.DOMString(e,t,"cacheName");return this.#L.has(e)}async open(e){n.brandCheck(this,CacheStorage);const t="CacheStorage.open";n.argumentLengthCheck(arguments,1,t);e=n.converters.DOMString(e,t,"cacheName");if(this.#L.has(e)){const t=this.#L.get(e);return new o(s,t)}const r=[];this.#L.set(e,r);return new o(s,r)}async delete(e){n.brandCheck(this,CacheStorage);const t="CacheStorage.delete";n.argumentLengthCheck(arguments,1,t);e=n.converters.DOMString(e,t,"cacheName");return this.#L.delete(e)}async keys(){n.brandCheck(this,CacheStorage);const e=this.#L.keys();return[...e]}}Object.defineProperties(CacheStorage.prototype,{[Symbol.toStringTag]:{value:"CacheStorage",configurable:true},match:A,has:A,open:A,delete:A,keys:A});e.exports={CacheStorage:CacheStorage}},8329:(e,t,r)=>{e.exports={kConstruct:r(8031).kConstruct}},3762:(e,t,r)=>{const s=r(4589);const{URLSerializer:o}=r(192);const{isValidHeaderName:n}=r(1204);function urlEquals(e,t,r=false){const s=o(e,r);const n=o(t,r);return s===n}function getFieldValues(e){s(e!==null);const t=[];for(let r of e.split(",")){r=r.trim();if(n(r)){t.push(r)}}return t}e.exports={urlEquals:urlEquals,getFieldValues:getFieldValues}},5848:e=>{const t=1024;const r=4096;e.exports={maxAttributeValueSize:t,maxNameValuePairSize:r}},7889:(e,t,r)=>{const{parseSetCookie:s}=r(1814);const{stringify:o}=r(185);const{webidl:n}=r(4625);const{Headers:A}=r(3408);function getCookies(e){n.argumentLengthCheck(arguments,1,"getCookies");n.brandCheck(e,A,{strict:false});const t=e.get("cookie");const r={};if(!t){return r}for(const e of t.split(";")){const[t,...s]=e.split("=");r[t.trim()]=s.join("=")}return r}function deleteCookie(e,t,r){n.brandCheck(e,A,{strict:false});const s="deleteCookie";n.argumentLengthCheck(arguments,2,s);t=n.converters.DOMString(t,s,"name");r=n.converters.DeleteCookieAttributes(r);setCookie(e,{name:t,value:"",expires:new Date(0),...r})}function getSetCookies(e){n.argumentLengthCheck(arguments,1,"getSetCookies");n.brandCheck(e,A,{strict:false});const t=e.getSetCookie();if(!t){return[]}return t.map(e=>s(e))}function setCookie(e,t){n.argumentLengthCheck(arguments,2,"setCookie");n.brandCheck(e,A,{strict:false});t=n.converters.Cookie(t);const r=o(t);if(r){e.append("Set-Cookie",r)}}n.converters.DeleteCookieAttributes=n.dictionaryConverter([{converter:n.nullableConverter(n.converters.DOMString),key:"path",defaultValue:()=>null},{converter:n.nullableConverter(n.converters.DOMString),key:"domain",defaultValue:()=>null}]);n.converters.Cookie=n.dictionaryConverter([{converter:n.converters.DOMString,key:"name"},{converter:n.converters.DOMString,key:"value"},{converter:n.nullableConverter(e=>{if(typeof e==="number"){return n.converters["unsigned long long"](e)}return new Date(e)}),key:"expires",defaultValue:()=>null},{converter:n.nullableConverter(n.converters["long long"]),key:"maxAge",defaultValue:()=>null},{converter:n.nullableConverter(n.converters.DOMString),key:"domain",defaultValue:()=>null},{converter:n.nullableConverter(n.converters.DOMString),key:"path",defaultValue:()=>null},{converter:n.nullableConverter(n.converters.boolean),key:"secure",defaultValue:()=>null},{converter:n.nullableConverter(n.converters.boolean),key:"httpOnly",defaultValue:()=>null},{converter:n.converters.USVString,key:"sameSite",allowedValues:["Strict","Lax","None"]},{converter:n.sequenceConverter(n.converters.DOMString),key:"unparsed",defaultValue:()=>new Array(0)}]);e.exports={getCookies:getCookies,deleteCookie:deleteCookie,getSetCookies:getSetCookies,setCookie:setCookie}},1814:(e,t,r)=>{const{maxNameValuePairSize:s,maxAttributeValueSize:o}=r(5848);const{isCTLExcludingHtab:n}=r(185);const{collectASequenceOfCodePointsFast:A}=r(192);const i=r(4589);function parseSetCookie(e){if(n(e)){return null}let t="";let r="";let o="";let i="";if(e.includes(";")){const s={position:0};t=A(";",e,s);r=e.slice(s.position)}else{t=e}if(!t.includes("=")){i=t}else{const e={position:0};o=A("=",t,e);i=t.slice(e.position+1)}o=o.trim();i=i.trim();if(o.length+i.length>s){return null}return{name:o,value:i,...parseUnparsedAttributes(r)}}function parseUnparsedAttributes(e,t={}){if(e.length===0){return t}i(e[0]===";");e=e.slice(1);let r="";if(e.includes(";")){r=A(";",e,{position:0});e=e.slice(r.length)}else{r=e;e=""}let s="";let n="";if(r.includes("=")){const e={position:0};s=A("=",r,e);n=r.slice(e.position+1)}else{s=r}s=s.trim();n=n.trim();if(n.length>o){return parseUnparsedAttributes(e,t)}const a=s.toLowerCase();if(a==="expires"){const e=new Date(n);t.expires=e}else if(a==="max-age"){const r=n.charCodeAt(0);if((r<48||r>57)&&n[0]!=="-"){return parseUnparsedAttributes(e,t)}if(!/^\d+$/.test(n)){return parseUnparsedAttributes(e,t)}const s=Number(n);t.maxAge=s}else if(a==="domain"){let e=n;if(e[0]==="."){e=e.slice(1)}e=e.toLowerCase();t.domain=e}else if(a==="path"){let e="";if(n.length===0||n[0]!=="/"){e="/"}else{e=n}t.path=e}else if(a==="secure"){t.secure=true}else if(a==="httponly"){t.httpOnly=true}else if(a==="samesite"){const e=n.toLowerCase();if(e==="none"){t.sameSite="None"}else if(e==="strict"){t.sameSite="Strict"}else if(e==="lax"){t.sameSite="Lax"}}else{t.unparsed??=[];t.unparsed.push(`${s}=${n}`)}return parseUnparsedAttributes(e,t)}e.exports={parseSetCookie:parseSetCookie,parseUnparsedAttributes:parseUnparsedAttributes}},185:e=>{function isCTLExcludingHtab(e){for(let t=0;t<e.length;++t){const r=e.charCodeAt(t);if(r>=0&&r<=8||r>=10&&r<=31||r===127){return true}}return false}function validateCookieName(e){for(let t=0;t<e.length;++t){const r=e.charCodeAt(t);if(r<33||r>126||r===34||r===40||r===41||r===60||r===62||r===64||r===44||r===59||r===58||r===92||r===47||r===91||r===93||r===63||r===61||r===123||r===125){throw new Error("Invalid cookie name")}}}function validateCookieValue(e){let t=e.length;let r=0;if(e[0]==='"'){if(t===1||e[t-1]!=='"'){throw new Error("Invalid cookie value")}--t;++r}while(r<t){const t=e.charCodeAt(r++);if(t<33||t>126||t===34||t===44||t===59||t===92){throw new Error("Invalid cookie value")}}}function validateCookiePath(e){for(let t=0;t<e.length;++t){const r=e.charCodeAt(t);if(r<32||r>126||r===59){throw new Error("Invalid cookie path")}}}function isLetterOrDigit(e){return e>=48&&e<=57||e>=65&&e<=90||e>=97&&e<=122}function validateCookieDomain(e){if(e===" "){return}if(e.length>255){throw new Error("Invalid cookie domain")}let t=0;for(let r=0;r<e.length;++r){const s=e.charCodeAt(r);if(s===46){if(t===0){throw new Error("Invalid cookie domain")}if(e.charCodeAt(r-1)===45){throw new Error("Invalid cookie domain")}t=0;continue}if(t===0&&!isLetterOrDigit(s)){throw new Error("Invalid cookie domain")}if(!isLetterOrDigit(s)&&s!==45){throw new Error("Invalid cookie domain")}if(++t>63){throw new Error("Invalid cookie domain")}}if(t===0||e.charCodeAt(e.length-1)===45){throw new Error("Invalid cookie domain")}}const t=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"];const r=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"];const s=Array(61).fill(0).map((e,t)=>t.toString().padStart(2,"0"));function toIMFDate(e){if(typeof e==="number"){e=new Date(e)}return`${t[e.getUTCDay()]}, ${s[e.getUTCDate()]} ${r[e.getUTCMonth()]} ${e.getUTCFullYear()} ${s[e.getUTCHours()]}:${s[e.getUTCMinutes()]}:${s[e.getUTCSeconds()]} GMT`}function validateCookieMaxAge(e){if(e<0){throw new Error("Invalid cookie max-age")}}function stringify(e){if(e.name.length===0){return null}validateCookieName(e.name);validateCookieValue(e.value);const t=[`${e.name}=${e.value}`];if(e.name.startsWith("__Secure-")){e.secure=true}if(e.name.startsWith("__Host-")){e.secure=true;e.domain=null;e.path="/"}if(e.secure){t.push("Secure")}if(e.httpOnly){t.push("HttpOnly")}if(typeof e.maxAge==="number"){validateCookieMaxAge(e.maxAge);t.push(`Max-Age=${e.maxAge}`)}if(e.domain){validateCookieDomain(e.domain);t.push(`Domain=${e.domain}`)}if(e.path){validateCookiePath(e.path);t.push(`Path=${e.path}`)}if(e.expires&&e.expires.toString()!=="Invalid Date"){t.push(`Expires=${toIMFDate(e.expires)}`)}if(e.sameSite){t.push(`SameSite=${e.sameSite}`)}for(const r of e.unparsed){if(!r.includes("=")){throw new Error("Invalid unparsed")}const[e,...s]=r.split("=");const o=e.trim();const n=s.join("=");validateCookieName(o);validateCookieValue(n);t.push(`${o}=${n}`)}return t.join("; ")}e.exports={isCTLExcludingHtab:isCTLExcludingHtab,validateCookieName:validateCookieName,validateCookiePath:validateCookiePath,validateCookieValue:validateCookieValue,toIMFDate:toIMFDate,stringify:stringify}},8819:(e,t,r)=>{const s=r(4573);const{Transform:o}=r(7075);const{isASCIINumber:n,isValidLastEventId:A}=r(3943);const i=[239,187,191];const a=10;const c=13;const l=58;const u=32;const g=s.kStringMaxLength;const h=Buffer.from("data");const E=Buffer.from("event");const d=Buffer.from("id");const p=Buffer.from("retry");const Q=1024;const f=131072;const B=128;function isASCIINumberBytes(e,t){if(t>=e.length){return false}for(let r=t;r<e.length;r++){if(e[r]<48||e[r]>57){return false}}return true}function isValidLastEventIdBytes(e,t){for(let r=t;r<e.length;r++){if(e[r]===0){return false}}return true}function isFieldName(e,t,r){if(t!==r.length){return false}for(let s=0;s<t;s++){if(e[s]!==r[s]){return false}}return true}function createMaxEventSizeExceededError(){const e=new Error("EventSource message size exceeded");e.aborted=false;return e}class EventSourceStream extends o{state=null;checkBOM=true;crlfCheck=false;eventEndCheck=false;chunks=[];chunkIndex=0;pos=0;lineChunkIndex=0;linePos=0;lineLength=0;eventSize=0;eventFieldSizes={data:0,event:0,id:0,retry:0};dataLineCount=0;maxEventSize;maxDataLines;maxBufferedChunks;event={data:undefined,event:undefined,id:undefined,retry:undefined};constructor(e={}){e.readableObjectMode=true;super(e);this.state=e.eventSourceSettings||{};this.maxEventSize=e.maxEventSize??g;const t=this.maxEventSize>0?Math.min(f,Math.max(Q,Math.floor(this.maxEventSize/B))):0;this.maxDataLines=t;this.maxBufferedChunks=t;if(e.push){this.push=e.push}}_transform(e,t,r){if(e.length===0){r();return}if(this.maxEventSize>0&&this.chunks.length>=this.maxBufferedChunks&&e[0]!==a&&e[0]!==c){r(createMaxEventSizeExceededError());return}this.chunks.push(e);if(this.checkBOM){if(this.handleBOM()){r();return}}while(this.hasCurrentByte()){const e=this.currentByte();if(this.eventEndCheck){if(this.crlfCheck){if(e===a){this.crlfCheck=false;this.consumeCurrentByte();continue}this.crlfCheck=false}if(e===a||e===c){if(e===c){this.crlfCheck=true}this.consumeCurrentByte();if(this.hasPendingEvent()){this.processEvent(this.event)}this.clearEvent();continue}this.eventEndCheck=false;continue}if(e===a||e===c){if(e===c){this.crlfCheck=true}try{this.parseLine(this.readLine(),this.event)}catch(e){r(e);return}this.consumeCurrentByte();this.eventEndCheck=true;continue}if(this.maxEventSize>0&&++this.lineLength>this.maxEventSize+7){r(createMaxEventSizeExceededError());return}this.advanceCursor()}r()}_destroy(e,t){this.chunks.length=0;this.clearEvent();super._destroy(e,t)}parseLine(e,t){if(e.length===0){return}const r=e.indexOf(l);if(r===0){return}let s=e.length;let o=e.length;if(r!==-1){s=r;o=r+1;if(e[o]===u){++o}}if(isFieldName(e,s,h)){if(this.maxEventSize>0&&this.dataLineCount>=this.maxDataLines){throw createMaxEventSizeExceededError()}const r=e.length-o;const s=this.eventFieldSizes.data+(t.data===undefined?0:1)+r;this.setEventFieldSize("data",s);const n=e.toString("utf8",o);if(t.data===undefined){t.data=n}else{t.data+=`\n${n}`}this.dataLineCount++;return}if(isFieldName(e,s,p)){if(isASCIINumberBytes(e,o)){this.setEventFieldSize("retry",e.length-o);t.retry=e.toString("utf8",o)}return}if(isFieldName(e,s,d)){if(isValidLastEventIdBytes(e,o)){this.setEventFieldSize("id",e.length-o);t.id=e.toString("utf8",o)}return}if(isFieldName(e,s,E)){if(o<e.length){this.setEventFieldSize("event",e.length-o);t.event=e.toString("utf8",o)}}}setEventFieldSize(e,t){const r=this.eventSize-this.eventFieldSizes[e]+t;if(this.maxEventSize>0&&r>this.maxEventSize){throw createMaxEventSizeExceededError()}this.eventSize=r;this.eventFieldSizes[e]=t}processEvent(e){if(e.retry&&n(e.retry)){this.state.reconnectionTime=parseInt(e.retry,10)}if(e.id&&A(e.id)){this.state.lastEventId=e.id}if(e.data!==undefined){this.push({type:e.event||"message",options:{data:e.data,lastEventId:this.state.lastEventId,origin:this.state.origin}})}}clearEvent(){this.event.data=undefined;this.event.event=undefined;this.event.id=undefined;this.event.retry=undefined;this.eventSize=0;this.dataLineCount=0;this.eventFieldSizes.data=0;this.eventFieldSizes.event=0;this.eventFieldSizes.id=0;this.eventFieldSizes.retry=0}hasPendingEvent(){return this.event.data!==undefined||this.event.event!==undefined||this.event.id!==undefined||this.event.retry!==undefined}hasCurrentByte(){return this.chunkIndex<this.chunks.length&&this.pos<this.chunks[this.chunkIndex].length}currentByte(){return this.chunks[this.chunkIndex][this.pos]}consumeCurrentByte(){this.advanceCursor();this.syncLineStartToCursor()}advanceCursor(){this.pos++;while(this.chunkIndex<this.chunks.length&&this.pos>=this.chunks[this.chunkIndex].length){this.chunkIndex++;this.pos=0}}syncLineStartToCursor(){this.lineChunkIndex=this.chunkIndex;this.linePos=this.pos;this.lineLength=0;this.dropConsumedChunks()}dropConsumedChunks(){if(this.lineChunkIndex>0){const e=this.lineChunkIndex;this.chunks.splice(0,e);this.lineChunkIndex=0;this.chunkIndex-=e}if(this.chunkIndex===this.chunks.length){this.chunks.length=0;this.chunkIndex=0;this.pos=0;this.lineChunkIndex=0;this.linePos=0}}readLine(){if(this.lineChunkIndex===this.chunkIndex){return this.chunks[this.chunkIndex].subarray(this.linePos,this.pos)}const e=[];let t=0;for(let r=this.lineChunkIndex;r<=this.chunkIndex;r++){const s=this.chunks[r];const o=r===this.lineChunkIndex?this.linePos:0;const n=r===this.chunkIndex?this.pos:s.length;const A=s.subarray(o,n);t+=A.length;e.push(A)}return Buffer.concat(e,t)}peekBufferedByte(e){let t=this.lineChunkIndex;let r=this.linePos;while(t<this.chunks.length){const s=this.chunks[t];const o=s.length-r;if(e<o){return s[r+e]}e-=o;t++;r=0}}discardLeadingBytes(e){while(e>0&&this.lineChunkIndex<this.chunks.length){const t=this.chunks[this.lineChunkIndex];const r=t.length-this.linePos;if(e<r){this.linePos+=e;e=0}else{e-=r;this.lineChunkIndex++;this.linePos=0}}this.chunkIndex=this.lineChunkIndex;this.pos=this.linePos;this.dropConsumedChunks()}handleBOM(){const e=this.peekBufferedByte(0);const t=this.peekBufferedByte(1);const r=this.peekBufferedByte(2);if(t===undefined){if(e===i[0]){return true}this.checkBOM=false;return true}if(r===undefined){if(e===i[0]&&t===i[1]){return true}this.checkBOM=false;return false}if(e===i[0]&&t===i[1]&&r===i[2]){this.discardLeadingBytes(3)}this.checkBOM=false;return!this.hasCurrentByte()}}e.exports={EventSourceStream:EventSourceStream}},7042:(e,t,r)=>{const{pipeline:s}=r(7075);const{fetching:o}=r(4202);const{makeRequest:n}=r(9683);const{webidl:A}=r(4625);const{EventSourceStream:i}=r(8819);const{parseMIMEType:a}=r(192);const{createFastMessageEvent:c}=r(6760);const{isNetworkError:l}=r(7287);const{delay:u}=r(3943);const{kEnumerableProperty:g}=r(9500);const{environmentSettingsObject:h}=r(1204);const{getGlobalDispatcher:E}=r(1481);let d=false;const p=3e3;const Q=0;const f=1;const B=2;const I="anonymous";const m="use-credentials";class EventSource extends EventTarget{#G={open:null,error:null,message:null};#_=null;#O=false;#H=Q;#x=null;#P=null;#r;#m;constructor(e,t={}){super();A.util.markAsUncloneable(this);const r="EventSource constructor";A.argumentLengthCheck(arguments,1,r);if(!d){d=true;process.emitWarning("EventSource is experimental, expect them to change at any time.",{code:"UNDICI-ES"})}e=A.converters.USVString(e,r,"url");t=A.converters.EventSourceInitDict(t,r,"eventSourceInitDict");this.#r=t.dispatcher;this.#m={lastEventId:"",reconnectionTime:p};const s=h;let o;try{o=new URL(e,s.settingsObject.baseUrl);this.#m.origin=o.origin}catch(e){throw new DOMException(e,"SyntaxError")}this.#_=o.href;let i=I;if(t.withCredentials){i=m;this.#O=true}const a={redirect:"follow",keepalive:true,mode:"cors",credentials:i==="anonymous"?"same-origin":"omit",referrer:"no-referrer"};a.client=h.settingsObject;a.headersList=[["accept",{name:"accept",value:"text/event-stream"}]];a.cache="no-store";a.initiator="other";a.urlList=[new URL(this.#_)];this.#x=n(a);this.#Y()}get readyState(){return this.#H}get url(){return this.#_}get withCredentials(){return this.#O}#Y(){if(this.#H===B)return;this.#H=Q;const e={request:this.#x,dispatcher:this.#r};const processEventSourceEndOfBody=e=>{if(l(e)){this.dispatchEvent(new Event("error"));this.close()}this.#J()};e.processResponseEndOfBody=processEventSourceEndOfBody;e.processResponse=e=>{if(l(e)){if(e.aborted){this.close();this.dispatchEvent(new Event("error"));return}else{this.#J();return}}const t=e.headersList.get("content-type",true);const r=t!==null?a(t):"failure";const o=r!=="failure"&&r.essence==="text/event-stream";if(e.status!==200||o===false){this.close();this.dispatchEvent(new Event("error"));return}this.#H=f;this.dispatchEvent(new Event("open"));this.#m.origin=e.urlList[e.urlList.length-1].origin;const n=new i({eventSourceSettings:this.#m,maxEventSize:this.#r.eventSourceOptions?.maxEventSize,push:e=>{this.dispatchEvent(c(e.type,e.options))}});s(e.body.stream,n,e=>{if(e?.aborted===false){this.close();this.dispatchEvent(new Event("error"))}})};this.#P=o(e)}async#J(){if(this.#H===B)return;this.#H=Q;this.dispatchEvent(new Event("error"));await u(this.#m.reconnectionTime);if(this.#H!==Q)return;if(this.#m.lastEventId.length){this.#x.headersList.set("last-event-id",this.#m.lastEventId,true)}this.#Y()}close(){A.brandCheck(this,EventSource);if(this.#H===B)return;this.#H=B;this.#P.abort();this.#x=null}get onopen(){return this.#G.open}set onopen(e){if(this.#G.open){this.removeEventListener("open",this.#G.open)}if(typeof e==="function"){this.#G.open=e;this.addEventListener("open",e)}else{this.#G.open=null}}get onmessage(){return this.#G.message}set onmessage(e){if(this.#G.message){this.removeEventListener("message",this.#G.message)}if(typeof e==="function"){this.#G.message=e;this.addEventListener("message",e)}else{this.#G.message=null}}get onerror(){return this.#G.error}set onerror(e){if(this.#G.error){this.removeEventListener("error",this.#G.error)}if(typeof e==="function"){this.#G.error=e;this.addEventListener("error",e)}else{this.#G.error=null}}}const w={CONNECTING:{__proto__:null,configurable:false,enumerable:true,value:Q,writable:false},OPEN:{__proto__:null,configurable:false,enumerable:true,value:f,writable:false},CLOSED:{__proto__:null,configurable:false,enumerable:true,value:B,writable:false}};Object.defineProperties(EventSource,w);Object.defineProperties(EventSource.prototype,w);Object.defineProperties(EventSource.prototype,{close:g,onerror:g,onmessage:g,onopen:g,readyState:g,url:g,withCredentials:g});A.converters.EventSourceInitDict=A.dictionaryConverter([{key:"withCredentials",converter:A.converters.boolean,defaultValue:()=>false},{key:"dispatcher",converter:A.converters.any,defaultValue:()=>E()}]);e.exports={EventSource:EventSource,defaultReconnectionTime:p}},3943:e=>{function isValidLastEventId(e){return e.indexOf("\0")===-1}function isASCIINumber(e){if(e.length===0)return false;for(let t=0;t<e.length;t++){if(e.charCodeAt(t)<48||e.charCodeAt(t)>57)return false}return true}function delay(e){return new Promise(t=>{setTimeout(t,e).unref()})}e.exports={isValidLastEventId:isValidLastEventId,isASCIINumber:isASCIINumber,delay:delay}},1448:(e,t,r)=>{const s=r(9500);const{ReadableStreamFrom:o,isBlobLike:n,isReadableStreamLike:A,readableStreamClose:i,createDeferredPromise:a,fullyReadBody:c,extractMimeType:l,utf8DecodeBytes:u}=r(1204);const{FormData:g}=r(3818);const{kState:h}=r(3175);const{webidl:E}=r(4625);const{Blob:d}=r(4573);const p=r(4589);const{isErrored:Q,isDisturbed:f}=r(7075);const{isArrayBuffer:B}=r(3429);const{serializeAMimeType:I}=r(192);const{multipartFormDataParser:m}=r(8016);let w;try{const e=r(7598);w=t=>e.randomInt(0,t)}catch{w=e=>Math.floor(Math.random(e))}const y=new TextEncoder;function noop(){}const b=globalThis.FinalizationRegistry&&process.version.indexOf("v18")!==0;let k;if(b){k=new FinalizationRegistry(e=>{const t=e.deref();if(t&&!t.locked&&!f(t)&&!Q(t)){t.cancel("Response object has been garbage collected").catch(noop)}})}function extractBody(e,t=false){let r=null;if(e instanceof ReadableStream){r=e}else if(n(e)){r=e.stream()}else{r=new ReadableStream({async pull(e){const t=typeof c==="string"?y.encode(c):c;if(t.byteLength){e.enqueue(t)}queueMicrotask(()=>i(e))},start(){},type:"bytes"})}p(A(r));let a=null;let c=null;let l=null;let u=null;if(typeof e==="string"){c=e;u="text/plain;charset=UTF-8"}else if(e instanceof URLSearchParams){c=e.toString();u="application/x-www-form-urlencoded;charset=UTF-8"}else if(B(e)){c=new Uint8Array(e.slice())}else if(ArrayBuffer.isView(e)){c=new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength))}else if(s.isFormDataLike(e)){const t=`----formdata-undici-0${`${w(1e11)}`.padStart(11,"0")}`;const r=`--${t}\r\nContent-Disposition: form-data`
/*! formdata-polyfill. MIT License. Jimmy Wärting <https://jimmy.warting.se/opensource> */;const escape=e=>e.replace(/\n/g,"%0A").replace(/\r/g,"%0D").replace(/"/g,"%22");const normalizeLinefeeds=e=>e.replace(/\r?\n|\r/g,"\r\n");const s=[];const o=new Uint8Array([13,10]);l=0;let n=false;for(const[t,A]of e){if(typeof A==="string"){const e=y.encode(r+`; name="${escape(normalizeLinefeeds(t))}"`+`\r\n\r\n${normalizeLinefeeds(A)}\r\n`);s.push(e);l+=e.byteLength}else{const e=y.encode(`${r}; name="${escape(normalizeLinefeeds(t))}"`+(A.name?`; filename="${escape(A.name)}"`:"")+"\r\n"+`Content-Type: ${A.type||"application/octet-stream"}\r\n\r\n`);s.push(e,A,o);if(typeof A.size==="number"){l+=e.byteLength+A.size+o.byteLength}else{n=true}}}const A=y.encode(`--${t}--\r\n`);s.push(A);l+=A.byteLength;if(n){l=null}c=e;a=async function*(){for(const e of s){if(e.stream){yield*e.stream()}else{yield e}}};u=`multipart/form-data; boundary=${t}`}else if(n(e)){c=e;l=e.size;if(e.type){u=e.type}}else if(typeof e[Symbol.asyncIterator]==="function"){if(t){throw new TypeError("keepalive")}if(s.isDisturbed(e)||e.locked){throw new TypeError("Response body object should not be disturbed or locked")}r=e instanceof ReadableStream?e:o(e)}if(typeof c==="string"||s.isBuffer(c)){l=Buffer.byteLength(c)}if(a!=null){let t;r=new ReadableStream({async start(){t=a(e)[Symbol.asyncIterator]()},async pull(e){const{value:s,done:o}=await t.next();if(o){queueMicrotask(()=>{e.close();e.byobRequest?.respond(0)})}else{if(!Q(r)){const t=new Uint8Array(s);if(t.byteLength){e.enqueue(t)}}}return e.desiredSize>0},async cancel(e){await t.return()},type:"bytes"})}const g={stream:r,source:c,length:l};return[g,u]}function safelyExtractBody(e,t=false){if(e instanceof ReadableStream){p(!s.isDisturbed(e),"The body has already been consumed.");p(!e.locked,"The stream is locked.")}return extractBody(e,t)}function cloneBody(e,t){const[r,s]=t.stream.tee();t.stream=r;return{stream:s,length:t.length,source:t.source}}function throwIfAborted(e){if(e.aborted){throw new DOMException("The operation was aborted.","AbortError")}}function bodyMixinMethods(e){const t={blob(){return consumeBody(this,e=>{let t=bodyMimeType(this);if(t===null){t=""}else if(t){t=I(t)}return new d([e],{type:t})},e)},arrayBuffer(){return consumeBody(this,e=>new Uint8Array(e).buffer,e)},text(){return consumeBody(this,u,e)},json(){return consumeBody(this,parseJSONFromBytes,e)},formData(){return consumeBody(this,e=>{const t=bodyMimeType(this);if(t!==null){switch(t.essence){case"multipart/form-data":{const r=m(e,t);if(r==="failure"){throw new TypeError("Failed to parse body as FormData.")}const s=new g;s[h]=r;return s}case"application/x-www-form-urlencoded":{const t=new URLSearchParams(e.toString());const r=new g;for(const[e,s]of t){r.append(e,s)}return r}}}throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".')},e)},bytes(){return consumeBody(this,e=>new Uint8Array(e),e)}};return t}function mixinBody(e){Object.assign(e.prototype,bodyMixinMethods(e))}async function consumeBody(e,t,r){E.brandCheck(e,r);if(bodyUnusable(e)){throw new TypeError("Body is unusable: Body has already been read")}throwIfAborted(e[h]);const s=a();const errorSteps=e=>s.reject(e);const successSteps=e=>{try{s.resolve(t(e))}catch(e){errorSteps(e)}};if(e[h].body==null){successSteps(Buffer.allocUnsafe(0));return s.promise}await c(e[h].body,successSteps,errorSteps);return s.promise}function bodyUnusable(e){const t=e[h].body;return t!=null&&(t.stream.locked||s.isDisturbed(t.stream))}function parseJSONFromBytes(e){return JSON.parse(u(e))}function bodyMimeType(e){const t=e[h].headersList;const r=l(t);if(r==="failure"){return null}return r}e.exports={extractBody:extractBody,safelyExtractBody:safelyExtractBody,cloneBody:cloneBody,mixinBody:mixinBody,streamRegistry:k,hasFinalizationRegistry:b,bodyUnusable:bodyUnusable}},4219:e=>{const t=["GET","HEAD","POST"];const r=new Set(t);const s=[101,204,205,304];const o=[301,302,303,307,308];const n=new Set(o);const A=["1","7","9","11","13","15","17","19","20","21","22","23","25","37","42","43","53","69","77","79","87","95","101","102","103","104","109","110","111","113","115","117","119","123","135","137","139","143","161","179","389","427","465","512","513","514","515","526","530","531","532","540","548","554","556","563","587","601","636","989","990","993","995","1719","1720","1723","2049","3659","4045","4190","5060","5061","6000","6566","6665","6666","6667","6668","6669","6679","6697","10080"];const i=new Set(A);const a=["","no-referrer","no-referrer-when-downgrade","same-origin","origin","strict-origin","origin-when-cross-origin","strict-origin-when-cross-origin","unsafe-url"];const c=new Set(a);const l=["follow","manual","error"];const u=["GET","HEAD","OPTIONS","TRACE"];const g=new Set(u);const h=["navigate","same-origin","no-cors","cors"];const E=["omit","same-origin","include"];const d=["default","no-store","reload","no-cache","force-cache","only-if-cached"];const p=["content-encoding","content-language","content-location","content-type","content-length"];const Q=["half"];const f=["CONNECT","TRACE","TRACK"];const B=new Set(f);const I=["audio","audioworklet","font","image","manifest","paintworklet","script","style","track","video","xslt",""];const m=new Set(I);e.exports={subresource:I,forbiddenMethods:f,requestBodyHeader:p,referrerPolicy:a,requestRedirect:l,requestMode:h,requestCredentials:E,requestCache:d,redirectStatus:o,corsSafeListedMethods:t,nullBodyStatus:s,safeMethods:u,badPorts:A,requestDuplex:Q,subresourceSet:m,badPortsSet:i,redirectStatusSet:n,corsSafeListedMethodsSet:r,safeMethodsSet:g,forbiddenMethodsSet:B,referrerPolicySet:c}},192:(e,t,r)=>{const s=r(4589);const o=new TextEncoder;const n=/^[!#$%&'*+\-.^_|~A-Za-z0-9]+$/;const A=/[\u000A\u000D\u0009\u0020]/;const i=/[\u0009\u000A\u000C\u000D\u0020]/g;const a=/^[\u0009\u0020-\u007E\u0080-\u00FF]+$/;function dataURLProcessor(e){s(e.protocol==="data:");let t=URLSerializer(e,true);t=t.slice(5);const r={position:0};let o=collectASequenceOfCodePointsFast(",",t,r);const n=o.length;o=removeASCIIWhitespace(o,true,true);if(r.position>=t.length){return"failure"}r.position++;const A=t.slice(n+1);let i=stringPercentDecode(A);if(/;(\u0020){0,}base64$/i.test(o)){const e=isomorphicDecode(i);i=forgivingBase64(e);if(i==="failure"){return"failure"}o=o.slice(0,-6);o=o.replace(/(\u0020)+$/,"");o=o.slice(0,-1)}if(o.startsWith(";")){o="text/plain"+o}let a=parseMIMEType(o);if(a==="failure"){a=parseMIMEType("text/plain;charset=US-ASCII")}return{mimeType:a,body:i}}function URLSerializer(e,t=false){if(!t){return e.href}const r=e.href;const s=e.hash.length;const o=s===0?r:r.substring(0,r.length-s);if(!s&&r.endsWith("#")){return o.slice(0,-1)}return o}function collectASequenceOfCodePoints(e,t,r){let s="";while(r.position<t.length&&e(t[r.position])){s+=t[r.position];r.position++}return s}function collectASequenceOfCodePointsFast(e,t,r){const s=t.indexOf(e,r.position);const o=r.position;if(s===-1){r.position=t.length;return t.slice(o)}r.position=s;return t.slice(o,r.position)}function stringPercentDecode(e){const t=o.encode(e);return percentDecode(t)}function isHexCharByte(e){return e>=48&&e<=57||e>=65&&e<=70||e>=97&&e<=102}function hexByteToNumber(e){return e>=48&&e<=57?e-48:(e&223)-55}function percentDecode(e){const t=e.length;const r=new Uint8Array(t);let s=0;for(let o=0;o<t;++o){const t=e[o];if(t!==37){r[s++]=t}else if(t===37&&!(isHexCharByte(e[o+1])&&isHexCharByte(e[o+2]))){r[s++]=37}else{r[s++]=hexByteToNumber(e[o+1])<<4|hexByteToNumber(e[o+2]);o+=2}}return t===s?r:r.subarray(0,s)}function parseMIMEType(e){e=removeHTTPWhitespace(e,true,true);const t={position:0};const r=collectASequenceOfCodePointsFast("/",e,t);if(r.length===0||!n.test(r)){return"failure"}if(t.position>e.length){return"failure"}t.position++;let s=collectASequenceOfCodePointsFast(";",e,t);s=removeHTTPWhitespace(s,false,true);if(s.length===0||!n.test(s)){return"failure"}const o=r.toLowerCase();const i=s.toLowerCase();const c={type:o,subtype:i,parameters:new Map,essence:`${o}/${i}`};while(t.position<e.length){t.position++;collectASequenceOfCodePoints(e=>A.test(e),e,t);let r=collectASequenceOfCodePoints(e=>e!==";"&&e!=="=",e,t);r=r.toLowerCase();if(t.position<e.length){if(e[t.position]===";"){continue}t.position++}if(t.position>e.length){break}let s=null;if(e[t.position]==='"'){s=collectAnHTTPQuotedString(e,t,true);collectASequenceOfCodePointsFast(";",e,t)}else{s=collectASequenceOfCodePointsFast(";",e,t);s=removeHTTPWhitespace(s,false,true);if(s.length===0){continue}}if(r.length!==0&&n.test(r)&&(s.length===0||a.test(s))&&!c.parameters.has(r)){c.parameters.set(r,s)}}return c}function forgivingBase64(e){e=e.replace(i,"");let t=e.length;if(t%4===0){if(e.charCodeAt(t-1)===61){--t;if(e.charCodeAt(t-1)===61){--t}}}if(t%4===1){return"failure"}if(/[^+/0-9A-Za-z]/.test(e.length===t?e:e.substring(0,t))){return"failure"}const r=Buffer.from(e,"base64");return new Uint8Array(r.buffer,r.byteOffset,r.byteLength)}function collectAnHTTPQuotedString(e,t,r){const o=t.position;let n="";s(e[t.position]==='"');t.position++;while(true){n+=collectASequenceOfCodePoints(e=>e!=='"'&&e!=="\\",e,t);if(t.position>=e.length){break}const r=e[t.position];t.position++;if(r==="\\"){if(t.position>=e.length){n+="\\";break}n+=e[t.position];t.position++}else{s(r==='"');break}}if(r){return n}return e.slice(o,t.position)}function serializeAMimeType(e){s(e!=="failure");const{parameters:t,essence:r}=e;let o=r;for(let[e,r]of t.entries()){o+=";";o+=e;o+="=";if(!n.test(r)){r=r.replace(/(\\|")/g,"\\$1");r='"'+r;r+='"'}o+=r}return o}function isHTTPWhiteSpace(e){return e===13||e===10||e===9||e===32}function removeHTTPWhitespace(e,t=true,r=true){return removeChars(e,t,r,isHTTPWhiteSpace)}function isASCIIWhitespace(e){return e===13||e===10||e===9||e===12||e===32}function removeASCIIWhitespace(e,t=true,r=true){return removeChars(e,t,r,isASCIIWhitespace)}function removeChars(e,t,r,s){let o=0;let n=e.length-1;if(t){while(o<e.length&&s(e.charCodeAt(o)))o++}if(r){while(n>0&&s(e.charCodeAt(n)))n--}return o===0&&n===e.length-1?e:e.slice(o,n+1)}function isomorphicDecode(e){const t=e.length;if((2<<15)-1>t){return String.fromCharCode.apply(null,e)}let r="";let s=0;let o=(2<<15)-1;while(s<t){if(s+o>t){o=t-s}r+=String.fromCharCode.apply(null,e.subarray(s,s+=o))}return r}function minimizeSupportedMimeType(e){switch(e.essence){case"application/ecmascript":case"application/javascript":case"application/x-ecmascript":case"application/x-javascript":case"text/ecmascript":case"text/javascript":case"text/javascript1.0":case"text/javascript1.1":case"text/javascript1.2":case"text/javascript1.3":case"text/javascript1.4":case"text/javascript1.5":case"text/jscript":case"text/livescript":case"text/x-ecmascript":case"text/x-javascript":return"text/javascript";case"application/json":case"text/json":return"application/json";case"image/svg+xml":return"image/svg+xml";case"text/xml":case"application/xml":return"application/xml"}if(e.subtype.endsWith("+json")){return"application/json"}if(e.subtype.endsWith("+xml")){return"application/xml"}return""}e.exports={dataURLProcessor:dataURLProcessor,URLSerializer:URLSerializer,collectASequenceOfCodePoints:collectASequenceOfCodePoints,collectASequenceOfCodePointsFast:collectASequenceOfCodePointsFast,stringPercentDecode:stringPercentDecode,parseMIMEType:parseMIMEType,collectAnHTTPQuotedString:collectAnHTTPQuotedString,serializeAMimeType:serializeAMimeType,removeChars:removeChars,removeHTTPWhitespace:removeHTTPWhitespace,minimizeSupportedMimeType:minimizeSupportedMimeType,HTTP_TOKEN_CODEPOINTS:n,isomorphicDecode:isomorphicDecode}},8905:(e,t,r)=>{const{kConnected:s,kSize:o}=r(8031);class CompatWeakRef{constructor(e){this.value=e}deref(){return this.value[s]===0&&this.value[o]===0?undefined:this.value}}class CompatFinalizer{constructor(e){this.finalizer=e}register(e,t){if(e.on){e.on("disconnect",()=>{if(e[s]===0&&e[o]===0){this.finalizer(t)}})}}unregister(e){}}e.exports=function(){if(process.env.NODE_V8_COVERAGE&&process.version.startsWith("v18")){process._rawDebug("Using compatibility WeakRef and FinalizationRegistry");return{WeakRef:CompatWeakRef,FinalizationRegistry:CompatFinalizer}}return{WeakRef:WeakRef,FinalizationRegistry:FinalizationRegistry}}},3486:(e,t,r)=>{const{Blob:s,File:o}=r(4573);const{kState:n}=r(3175);const{webidl:A}=r(4625);class FileLike{constructor(e,t,r={}){const s=t;const o=r.type;const A=r.lastModified??Date.now();this[n]={blobLike:e,name:s,type:o,lastModified:A}}stream(...e){A.brandCheck(this,FileLike);return this[n].blobLike.stream(...e)}arrayBuffer(...e){A.brandCheck(this,FileLike);return this[n].blobLike.arrayBuffer(...e)}slice(...e){A.brandCheck(this,FileLike);return this[n].blobLike.slice(...e)}text(...e){A.brandCheck(this,FileLike);return this[n].blobLike.text(...e)}get size(){A.brandCheck(this,FileLike);return this[n].blobLike.size}get type(){A.brandCheck(this,FileLike);return this[n].blobLike.type}get name(){A.brandCheck(this,FileLike);return this[n].name}get lastModified(){A.brandCheck(this,FileLike);return this[n].lastModified}get[Symbol.toStringTag](){return"File"}}A.converters.Blob=A.interfaceConverter(s);function isFileLike(e){return e instanceof o||e&&(typeof e.stream==="function"||typeof e.arrayBuffer==="function")&&e[Symbol.toStringTag]==="File"}e.exports={FileLike:FileLike,isFileLike:isFileLike}},8016:(e,t,r)=>{const{isUSVString:s,bufferToLowerCasedHeaderName:o}=r(9500);const{utf8DecodeBytes:n}=r(1204);const{HTTP_TOKEN_CODEPOINTS:A,isomorphicDecode:i}=r(192);const{isFileLike:a}=r(3486);const{makeEntry:c}=r(3818);const l=r(4589);const{File:u}=r(4573);const g=globalThis.File??u;const h=Buffer.from('form-data; name="');const E=Buffer.from("; filename");const d=Buffer.from("--");const p=Buffer.from("--\r\n");function isAsciiString(e){for(let t=0;t<e.length;++t){if((e.charCodeAt(t)&~127)!==0){return false}}return true}function validateBoundary(e){const t=e.length;if(t<27||t>70){return false}for(let r=0;r<t;++r){const t=e.charCodeAt(r);if(!(t>=48&&t<=57||t>=65&&t<=90||t>=97&&t<=122||t===39||t===45||t===95)){return false}}return true}function multipartFormDataParser(e,t){l(t!=="failure"&&t.essence==="multipart/form-data");const r=t.parameters.get("boundary");if(r===undefined){return"failure"}const o=Buffer.from(`--${r}`,"utf8");const A=[];const i={position:0};while(e[i.position]===13&&e[i.position+1]===10){i.position+=2}let u=e.length;while(e[u-1]===10&&e[u-2]===13){u-=2}if(u!==e.length){e=e.subarray(0,u)}while(true){if(e.subarray(i.position,i.position+o.length).equals(o)){i.position+=o.length}else{return"failure"}if(i.position===e.length-2&&bufferStartsWith(e,d,i)||i.position===e.length-4&&bufferStartsWith(e,p,i)){return A}if(e[i.position]!==13||e[i.position+1]!==10){return"failure"}i.position+=2;const t=parseMultipartFormDataHeaders(e,i);if(t==="failure"){return"failure"}let{name:r,filename:u,contentType:h,encoding:E}=t;i.position+=2;let Q;{const t=e.indexOf(o.subarray(2),i.position);if(t===-1){return"failure"}Q=e.subarray(i.position,t-4);i.position+=Q.length;if(E==="base64"){Q=Buffer.from(Q.toString(),"base64")}}if(e[i.position]!==13||e[i.position+1]!==10){return"failure"}else{i.position+=2}let f;if(u!==null){h??="text/plain";if(!isAsciiString(h)){h=""}f=new g([Q],u,{type:h})}else{f=n(Buffer.from(Q))}l(s(r));l(typeof f==="string"&&s(f)||a(f));A.push(c(r,f,u))}}function parseMultipartFormDataHeaders(e,t){let r=null;let s=null;let n=null;let a=null;while(true){if(e[t.position]===13&&e[t.position+1]===10){if(r===null){return"failure"}return{name:r,filename:s,contentType:n,encoding:a}}let c=collectASequenceOfBytes(e=>e!==10&&e!==13&&e!==58,e,t);c=removeChars(c,true,true,e=>e===9||e===32);if(!A.test(c.toString())){return"failure"}if(e[t.position]!==58){return"failure"}t.position++;collectASequenceOfBytes(e=>e===32||e===9,e,t);switch(o(c)){case"content-disposition":{r=s=null;if(!bufferStartsWith(e,h,t)){return"failure"}t.position+=17;r=parseMultipartFormDataName(e,t);if(r===null){return"failure"}if(bufferStartsWith(e,E,t)){let r=t.position+E.length;if(e[r]===42){t.position+=1;r+=1}if(e[r]!==61||e[r+1]!==34){return"failure"}t.position+=12;s=parseMultipartFormDataName(e,t);if(s===null){return"failure"}}break}case"content-type":{let r=collectASequenceOfBytes(e=>e!==10&&e!==13,e,t);r=removeChars(r,false,true,e=>e===9||e===32);n=i(r);break}case"content-transfer-encoding":{let r=collectASequenceOfBytes(e=>e!==10&&e!==13,e,t);r=removeChars(r,false,true,e=>e===9||e===32);a=i(r);break}default:{collectASequenceOfBytes(e=>e!==10&&e!==13,e,t)}}if(e[t.position]!==13&&e[t.position+1]!==10){return"failure"}else{t.position+=2}}}function parseMultipartFormDataName(e,t){l(e[t.position-1]===34);let r=collectASequenceOfBytes(e=>e!==10&&e!==13&&e!==34,e,t);if(e[t.position]!==34){return null}else{t.position++}r=(new TextDecoder).decode(r).replace(/%0A/gi,"\n").replace(/%0D/gi,"\r").replace(/%22/g,'"');return r}function collectASequenceOfBytes(e,t,r){let s=r.position;while(s<t.length&&e(t[s])){++s}return t.subarray(r.position,r.position=s)}function removeChars(e,t,r,s){let o=0;let n=e.length-1;if(t){while(o<e.length&&s(e[o]))o++}if(r){while(n>0&&s(e[n]))n--}return o===0&&n===e.length-1?e:e.subarray(o,n+1)}function bufferStartsWith(e,t,r){if(e.length<t.length){return false}for(let s=0;s<t.length;s++){if(t[s]!==e[r.position+s]){return false}}return true}e.exports={multipartFormDataParser:multipartFormDataParser,validateBoundary:validateBoundary}},3818:(e,t,r)=>{const{isBlobLike:s,iteratorMixin:o}=r(1204);const{kState:n}=r(3175);const{kEnumerableProperty:A}=r(9500);const{FileLike:i,isFileLike:a}=r(3486);const{webidl:c}=r(4625);const{File:l}=r(4573);const u=r(7975);const g=globalThis.File??l;class FormData{constructor(e){c.util.markAsUncloneable(this);if(e!==undefined){throw c.errors.conversionFailed({prefix:"FormData constructor",argument:"Argument 1",types:["undefined"]})}this[n]=[]}append(e,t,r=undefined){c.brandCheck(this,FormData);const o="FormData.append";c.argumentLengthCheck(arguments,2,o);if(arguments.length===3&&!s(t)){throw new TypeError("Failed to execute 'append' on 'FormData': parameter 2 is not of type 'Blob'")}e=c.converters.USVString(e,o,"name");t=s(t)?c.converters.Blob(t,o,"value",{strict:false}):c.converters.USVString(t,o,"value");r=arguments.length===3?c.converters.USVString(r,o,"filename"):undefined;const A=makeEntry(e,t,r);this[n].push(A)}delete(e){c.brandCheck(this,FormData);const t="FormData.delete";c.argumentLengthCheck(arguments,1,t);e=c.converters.USVString(e,t,"name");this[n]=this[n].filter(t=>t.name!==e)}get(e){c.brandCheck(this,FormData);const t="FormData.get";c.argumentLengthCheck(arguments,1,t);e=c.converters.USVString(e,t,"name");const r=this[n].findIndex(t=>t.name===e);if(r===-1){return null}return this[n][r].value}getAll(e){c.brandCheck(this,FormData);const t="FormData.getAll";c.argumentLengthCheck(arguments,1,t);e=c.converters.USVString(e,t,"name");return this[n].filter(t=>t.name===e).map(e=>e.value)}has(e){c.brandCheck(this,FormData);const t="FormData.has";c.argumentLengthCheck(arguments,1,t);e=c.converters.USVString(e,t,"name");return this[n].findIndex(t=>t.name===e)!==-1}set(e,t,r=undefined){c.brandCheck(this,FormData);const o="FormData.set";c.argumentLengthCheck(arguments,2,o);if(arguments.length===3&&!s(t)){throw new TypeError("Failed to execute 'set' on 'FormData': parameter 2 is not of type 'Blob'")}e=c.converters.USVString(e,o,"name");t=s(t)?c.converters.Blob(t,o,"name",{strict:false}):c.converters.USVString(t,o,"name");r=arguments.length===3?c.converters.USVString(r,o,"name"):undefined;const A=makeEntry(e,t,r);const i=this[n].findIndex(t=>t.name===e);if(i!==-1){this[n]=[...this[n].slice(0,i),A,...this[n].slice(i+1).filter(t=>t.name!==e)]}else{this[n].push(A)}}[u.inspect.custom](e,t){const r=this[n].reduce((e,t)=>{if(e[t.name]){if(Array.isArray(e[t.name])){e[t.name].push(t.value)}else{e[t.name]=[e[t.name],t.value]}}else{e[t.name]=t.value}return e},{__proto__:null});t.depth??=e;t.colors??=true;const s=u.formatWithOptions(t,r);return`FormData ${s.slice(s.indexOf("]")+2)}`}}o("FormData",FormData,n,"name","value");Object.defineProperties(FormData.prototype,{append:A,delete:A,get:A,getAll:A,has:A,set:A,[Symbol.toStringTag]:{value:"FormData",configurable:true}});function makeEntry(e,t,r){if(typeof t==="string"){}else{if(!a(t)){t=t instanceof Blob?new g([t],"blob",{type:t.type}):new i(t,"blob",{type:t.type})}if(r!==undefined){const e={type:t.type,lastModified:t.lastModified};t=t instanceof l?new g([t],r,e):new i(t,r,e)}}return{name:e,value:t}}e.exports={FormData:FormData,makeEntry:makeEntry}},5311:e=>{const t=Symbol.for("undici.globalOrigin.1");function getGlobalOrigin(){return globalThis[t]}function setGlobalOrigin(e){if(e===undefined){Object.defineProperty(globalThis,t,{value:undefined,writable:true,enumerable:false,configurable:false});return}const r=new URL(e);if(r.protocol!=="http:"&&r.protocol!=="https:"){throw new TypeError(`Only http & https urls are allowed, received ${r.protocol}`)}Object.defineProperty(globalThis,t,{value:r,writable:true,enumerable:false,configurable:false})}e.exports={getGlobalOrigin:getGlobalOrigin,setGlobalOrigin:setGlobalOrigin}},3408:(e,t,r)=>{const{kConstruct:s}=r(8031);const{kEnumerableProperty:o}=r(9500);const{iteratorMixin:n,isValidHeaderName:A,isValidHeaderValue:i}=r(1204);const{webidl:a}=r(4625);const c=r(4589);const l=r(7975);const u=Symbol("headers map");const g=Symbol("headers map sorted");function isHTTPWhiteSpaceCharCode(e){return e===10||e===13||e===9||e===32}function headerValueNormalize(e){let t=0;let r=e.length;while(r>t&&isHTTPWhiteSpaceCharCode(e.charCodeAt(r-1)))--r;while(r>t&&isHTTPWhiteSpaceCharCode(e.charCodeAt(t)))++t;return t===0&&r===e.length?e:e.substring(t,r)}function fill(e,t){if(Array.isArray(t)){for(let r=0;r<t.length;++r){const s=t[r];if(s.length!==2){throw a.errors.exception({header:"Headers constructor",message:`expected name/value pair to be length 2, found ${s.length}.`})}appendHeader(e,s[0],s[1])}}else if(typeof t==="object"&&t!==null){const r=Object.keys(t);for(let s=0;s<r.length;++s){appendHeader(e,r[s],t[r[s]])}}else{throw a.errors.conversionFailed({prefix:"Headers constructor",argument:"Argument 1",types:["sequence<sequence<ByteString>>","record<ByteString, ByteString>"]})}}function appendHeader(e,t,r){r=headerValueNormalize(r);if(!A(t)){throw a.errors.invalidArgument({prefix:"Headers.append",value:t,type:"header name"})}else if(!i(r)){throw a.errors.invalidArgument({prefix:"Headers.append",value:r,type:"header value"})}if(h(e)==="immutable"){throw new TypeError("immutable")}return d(e).append(t,r,false)}function compareHeaderName(e,t){return e[0]<t[0]?-1:1}class HeadersList{cookies=null;constructor(e){if(e instanceof HeadersList){this[u]=new Map(e[u]);this[g]=e[g];this.cookies=e.cookies===null?null:[...e.cookies]}else{this[u]=new Map(e);this[g]=null}}contains(e,t){return this[u].has(t?e:e.toLowerCase())}clear(){this[u].clear();this[g]=null;this.cookies=null}append(e,t,r){this[g]=null;const s=r?e:e.toLowerCase();const o=this[u].get(s);if(o){const e=s==="cookie"?"; ":", ";this[u].set(s,{name:o.name,value:`${o.value}${e}${t}`})}else{this[u].set(s,{name:e,value:t})}if(s==="set-cookie"){(this.cookies??=[]).push(t)}}set(e,t,r){this[g]=null;const s=r?e:e.toLowerCase();if(s==="set-cookie"){this.cookies=[t]}this[u].set(s,{name:e,value:t})}delete(e,t){this[g]=null;if(!t)e=e.toLowerCase();if(e==="set-cookie"){this.cookies=null}this[u].delete(e)}get(e,t){return this[u].get(t?e:e.toLowerCase())?.value??null}*[Symbol.iterator](){for(const{0:e,1:{value:t}}of this[u]){yield[e,t]}}get entries(){const e={};if(this[u].size!==0){for(const{name:t,value:r}of this[u].values()){e[t]=r}}return e}rawValues(){return this[u].values()}get entriesList(){const e=[];if(this[u].size!==0){for(const{0:t,1:{name:r,value:s}}of this[u]){if(t==="set-cookie"){for(const t of this.cookies){e.push([r,t])}}else{e.push([r,s])}}}return e}toSortedArray(){const e=this[u].size;const t=new Array(e);if(e<=32){if(e===0){return t}const r=this[u][Symbol.iterator]();const s=r.next().value;t[0]=[s[0],s[1].value];c(s[1].value!==null);for(let s=1,o=0,n=0,A=0,i=0,a,l;s<e;++s){l=r.next().value;a=t[s]=[l[0],l[1].value];c(a[1]!==null);A=0;n=s;while(A<n){i=A+(n-A>>1);if(t[i][0]<=a[0]){A=i+1}else{n=i}}if(s!==i){o=s;while(o>A){t[o]=t[--o]}t[A]=a}}if(!r.next().done){throw new TypeError("Unreachable")}return t}else{let e=0;for(const{0:r,1:{value:s}}of this[u]){t[e++]=[r,s];c(s!==null)}return t.sort(compareHeaderName)}}}class Headers{#V;#q;constructor(e=undefined){a.util.markAsUncloneable(this);if(e===s){return}this.#q=new HeadersList;this.#V="none";if(e!==undefined){e=a.converters.HeadersInit(e,"Headers contructor","init");fill(this,e)}}append(e,t){a.brandCheck(this,Headers);a.argumentLengthCheck(arguments,2,"Headers.append");const r="Headers.append";e=a.converters.ByteString(e,r,"name");t=a.converters.ByteString(t,r,"value");return appendHeader(this,e,t)}delete(e){a.brandCheck(this,Headers);a.argumentLengthCheck(arguments,1,"Headers.delete");const t="Headers.delete";e=a.converters.ByteString(e,t,"name");if(!A(e)){throw a.errors.invalidArgument({prefix:"Headers.delete",value:e,type:"header name"})}if(this.#V==="immutable"){throw new TypeError("immutable")}if(!this.#q.contains(e,false)){return}this.#q.delete(e,false)}get(e){a.brandCheck(this,Headers);a.argumentLengthCheck(arguments,1,"Headers.get");const t="Headers.get";e=a.converters.ByteString(e,t,"name");if(!A(e)){throw a.errors.invalidArgument({prefix:t,value:e,type:"header name"})}return this.#q.get(e,false)}has(e){a.brandCheck(this,Headers);a.argumentLengthCheck(arguments,1,"Headers.has");const t="Headers.has";e=a.converters.ByteString(e,t,"name");if(!A(e)){throw a.errors.invalidArgument({prefix:t,value:e,type:"header name"})}return this.#q.contains(e,false)}set(e,t){a.brandCheck(this,Headers);a.argumentLengthCheck(arguments,2,"Headers.set");const r="Headers.set";e=a.converters.ByteString(e,r,"name");t=a.converters.ByteString(t,r,"value");t=headerValueNormalize(t);if(!A(e)){throw a.errors.invalidArgument({prefix:r,value:e,type:"header name"})}else if(!i(t)){throw a.errors.invalidArgument({prefix:r,value:t,type:"header value"})}if(this.#V==="immutable"){throw new TypeError("immutable")}this.#q.set(e,t,false)}getSetCookie(){a.brandCheck(this,Headers);const e=this.#q.cookies;if(e){return[...e]}return[]}get[g](){if(this.#q[g]){return this.#q[g]}const e=[];const t=this.#q.toSortedArray();const r=this.#q.cookies;if(r===null||r.length===1){return this.#q[g]=t}for(let s=0;s<t.length;++s){const{0:o,1:n}=t[s];if(o==="set-cookie"){for(let t=0;t<r.length;++t){e.push([o,r[t]])}}else{e.push([o,n])}}return this.#q[g]=e}[l.inspect.custom](e,t){t.depth??=e;return`Headers ${l.formatWithOptions(t,this.#q.entries)}`}static getHeadersGuard(e){return e.#V}static setHeadersGuard(e,t){e.#V=t}static getHeadersList(e){return e.#q}static setHeadersList(e,t){e.#q=t}}const{getHeadersGuard:h,setHeadersGuard:E,getHeadersList:d,setHeadersList:p}=Headers;Reflect.deleteProperty(Headers,"getHeadersGuard");Reflect.deleteProperty(Headers,"setHeadersGuard");Reflect.deleteProperty(Headers,"getHeadersList");Reflect.deleteProperty(Headers,"setHeadersList");n("Headers",Headers,g,0,1);Object.defineProperties(Headers.prototype,{append:o,delete:o,get:o,has:o,set:o,getSetCookie:o,[Symbol.toStringTag]:{value:"Headers",configurable:true},[l.inspect.custom]:{enumerable:false}});a.converters.HeadersInit=function(e,t,r){if(a.util.Type(e)==="Object"){const s=Reflect.get(e,Symbol.iterator);if(!l.types.isProxy(e)&&s===Headers.prototype.entries){try{return d(e).entriesList}catch{}}if(typeof s==="function"){return a.converters["sequence<sequence<ByteString>>"](e,t,r,s.bind(e))}return a.converters["record<ByteString, ByteString>"](e,t,r)}throw a.errors.conversionFailed({prefix:"Headers constructor",argument:"Argument 1",types:["sequence<sequence<ByteString>>","record<ByteString, ByteString>"]})};e.exports={fill:fill,compareHeaderName:compareHeaderName,Headers:Headers,HeadersList:HeadersList,getHeadersGuard:h,setHeadersGuard:E,setHeadersList:p,getHeadersList:d}},4202:(e,t,r)=>{const{makeNetworkError:s,makeAppropriateNetworkError:o,filterResponse:n,makeResponse:A,fromInnerResponse:i}=r(7287);const{HeadersList:a}=r(3408);const{Request:c,cloneRequest:l}=r(9683);const u=r(8522);const{bytesMatch:g,makePolicyContainer:h,clonePolicyContainer:E,requestBadPort:d,TAOCheck:p,appendRequestOriginHeader:Q,responseLocationURL:f,requestCurrentURL:B,setRequestReferrerPolicyOnRedirect:I,tryUpgradeRequestToAPotentiallyTrustworthyURL:m,createOpaqueTimingInfo:w,appendFetchMetadata:y,corsCheck:b,crossOriginResourcePolicyCheck:k,determineRequestsReferrer:R,coarsenedSharedCurrentTime:D,createDeferredPromise:T,isBlobLike:S,sameOrigin:F,isCancelled:v,isAborted:U,isErrorLike:N,fullyReadBody:M,readableStreamClose:L,isomorphicEncode:G,urlIsLocal:_,urlIsHttpHttpsScheme:O,urlHasHttpsScheme:H,clampAndCoarsenConnectionTimingInfo:x,simpleRangeHeaderValue:P,buildContentRange:Y,createInflate:J,extractMimeType:V}=r(1204);const{kState:q,kDispatcher:W}=r(3175);const $=r(4589);const{safelyExtractBody:j,extractBody:z}=r(1448);const{redirectStatusSet:Z,nullBodyStatus:K,safeMethodsSet:X,requestBodyHeader:ee,subresourceSet:te}=r(4219);const re=r(8474);const{Readable:se,pipeline:oe,finished:ne}=r(7075);const{addAbortListener:Ae,isErrored:ie,isReadable:ae,bufferToLowerCasedHeaderName:ce}=r(9500);const{dataURLProcessor:le,serializeAMimeType:ue,minimizeSupportedMimeType:ge}=r(192);const{getGlobalDispatcher:he}=r(1481);const{webidl:Ee}=r(4625);const{STATUS_CODES:de}=r(7067);const pe=["GET","HEAD"];const Ce=typeof __UNDICI_IS_NODE__!=="undefined"||typeof esbuildDetection!=="undefined"?"node":"undici";let Qe;class Fetch extends re{constructor(e){super();this.dispatcher=e;this.connection=null;this.dump=false;this.state="ongoing"}terminate(e){if(this.state!=="ongoing"){return}this.state="terminated";this.connection?.destroy(e);this.emit("terminated",e)}abort(e){if(this.state!=="ongoing"){return}this.state="aborted";if(!e){e=new DOMException("The operation was aborted.","AbortError")}this.serializedAbortReason=e;this.connection?.destroy(e);this.emit("terminated",e)}}function handleFetchDone(e){finalizeAndReportTiming(e,"fetch")}function fetch(e,t=undefined){Ee.argumentLengthCheck(arguments,1,"globalThis.fetch");let r=T();let s;try{s=new c(e,t)}catch(e){r.reject(e);return r.promise}const o=s[q];if(s.signal.aborted){abortFetch(r,o,null,s.signal.reason);return r.promise}const n=o.client.globalObject;if(n?.constructor?.name==="ServiceWorkerGlobalScope"){o.serviceWorkers="none"}let A=null;let a=false;let l=null;Ae(s.signal,()=>{a=true;$(l!=null);l.abort(s.signal.reason);const e=A?.deref();abortFetch(r,o,e,s.signal.reason)});const processResponse=e=>{if(a){return}if(e.aborted){abortFetch(r,o,A,l.serializedAbortReason);return}if(e.type==="error"){r.reject(new TypeError("fetch failed",{cause:e.error}));return}A=new WeakRef(i(e,"immutable"));r.resolve(A.deref());r=null};l=fetching({request:o,processResponseEndOfBody:handleFetchDone,processResponse:processResponse,dispatcher:s[W]});return r.promise}function finalizeAndReportTiming(e,t="other"){if(e.type==="error"&&e.aborted){return}if(!e.urlList?.length){return}const r=e.urlList[0];let s=e.timingInfo;let o=e.cacheState;if(!O(r)){return}if(s===null){return}if(!e.timingAllowPassed){s=w({startTime:s.startTime});o=""}s.endTime=D();e.timingInfo=s;fe(s,r.href,t,globalThis,o)}const fe=performance.markResourceTiming;function abortFetch(e,t,r,s){if(e){e.reject(s)}if(t.body!=null&&ae(t.body?.stream)){t.body.stream.cancel(s).catch(e=>{if(e.code==="ERR_INVALID_STATE"){return}throw e})}if(r==null){return}const o=r[q];if(o.body!=null&&ae(o.body?.stream)){o.body.stream.cancel(s).catch(e=>{if(e.code==="ERR_INVALID_STATE"){return}throw e})}}function fetching({request:e,processRequestBodyChunkLength:t,processRequestEndOfBody:r,processResponse:s,processResponseEndOfBody:o,processResponseConsumeBody:n,useParallelQueue:A=false,dispatcher:i=he()}){$(i);let a=null;let c=false;if(e.client!=null){a=e.client.globalObject;c=e.client.crossOriginIsolatedCapability}const l=D(c);const u=w({startTime:l});const g={controller:new Fetch(i),request:e,timingInfo:u,processRequestBodyChunkLength:t,processRequestEndOfBody:r,processResponse:s,processResponseConsumeBody:n,processResponseEndOfBody:o,taskDestination:a,crossOriginIsolatedCapability:c};$(!e.body||e.body.stream);if(e.window==="client"){e.window=e.client?.globalObject?.constructor?.name==="Window"?e.client:"no-window"}if(e.origin==="client"){e.origin=e.client.origin}if(e.policyContainer==="client"){if(e.client!=null){e.policyContainer=E(e.client.policyContainer)}else{e.policyContainer=h()}}if(!e.headersList.contains("accept",true)){const t="*/*";e.headersList.append("accept",t,true)}if(!e.headersList.contains("accept-language",true)){e.headersList.append("accept-language","*",true)}if(e.priority===null){}if(te.has(e.destination)){}mainFetch(g).catch(e=>{g.controller.terminate(e)});return g.controller}async function mainFetch(e,t=false){const r=e.request;let o=null;if(r.localURLsOnly&&!_(B(r))){o=s("local URLs only")}m(r);if(d(r)==="blocked"){o=s("bad port")}if(r.referrerPolicy===""){r.referrerPolicy=r.policyContainer.referrerPolicy}if(r.referrer!=="no-referrer"){r.referrer=R(r)}if(o===null){o=await(async()=>{const t=B(r);if(F(t,r.url)&&r.responseTainting==="basic"||t.protocol==="data:"||(r.mode==="navigate"||r.mode==="websocket")){r.responseTainting="basic";return await schemeFetch(e)}if(r.mode==="same-origin"){return s('request mode cannot be "same-origin"')}if(r.mode==="no-cors"){if(r.redirect!=="follow"){return s('redirect mode cannot be "follow" for "no-cors" request')}r.responseTainting="opaque";return await schemeFetch(e)}if(!O(B(r))){return s("URL scheme must be a HTTP(S) scheme")}r.responseTainting="cors";return await httpFetch(e)})()}if(t){return o}if(o.status!==0&&!o.internalResponse){if(r.responseTainting==="cors"){}if(r.responseTainting==="basic"){o=n(o,"basic")}else if(r.responseTainting==="cors"){o=n(o,"cors")}else if(r.responseTainting==="opaque"){o=n(o,"opaque")}else{$(false)}}let A=o.status===0?o:o.internalResponse;if(A.urlList.length===0){A.urlList.push(...r.urlList)}if(!r.timingAllowFailed){o.timingAllowPassed=true}if(o.type==="opaque"&&A.status===206&&A.rangeRequested&&!r.headers.contains("range",true)){o=A=s()}if(o.status!==0&&(r.method==="HEAD"||r.method==="CONNECT"||K.includes(A.status))){A.body=null;e.controller.dump=true}if(r.integrity){const processBodyError=t=>fetchFinale(e,s(t));if(r.responseTainting==="opaque"||o.body==null){processBodyError(o.error);return}const processBody=t=>{if(!g(t,r.integrity)){processBodyError("integrity mismatch");return}o.body=j(t)[0];fetchFinale(e,o)};await M(o.body,processBody,processBodyError)}else{fetchFinale(e,o)}}function schemeFetch(e){if(v(e)&&e.request.redirectCount===0){return Promise.resolve(o(e))}const{request:t}=e;const{protocol:n}=B(t);switch(n){case"about:":{return Promise.resolve(s("about scheme is not supported"))}case"blob:":{if(!Qe){Qe=r(4573).resolveObjectURL}const e=B(t);if(e.search.length!==0){return Promise.resolve(s("NetworkError when attempting to fetch resource."))}const o=Qe(e.toString());if(t.method!=="GET"||!S(o)){return Promise.resolve(s("invalid method"))}const n=A();const i=o.size;const a=G(`${i}`);const c=o.type;if(!t.headersList.contains("range",true)){const e=z(o);n.statusText="OK";n.body=e[0];n.headersList.set("content-length",a,true);n.headersList.set("content-type",c,true)}else{n.rangeRequested=true;const e=t.headersList.get("range",true);const r=P(e,true);if(r==="failure"){return Promise.resolve(s("failed to fetch the data URL"))}let{rangeStartValue:A,rangeEndValue:a}=r;if(A===null){A=i-a;a=A+a-1}else{if(A>=i){return Promise.resolve(s("Range start is greater than the blob's size."))}if(a===null||a>=i){a=i-1}}const l=o.slice(A,a,c);const u=z(l);n.body=u[0];const g=G(`${l.size}`);const h=Y(A,a,i);n.status=206;n.statusText="Partial Content";n.headersList.set("content-length",g,true);n.headersList.set("content-type",c,true);n.headersList.set("content-range",h,true)}return Promise.resolve(n)}case"data:":{const e=B(t);const r=le(e);if(r==="failure"){return Promise.resolve(s("failed to fetch the data URL"))}const o=ue(r.mimeType);return Promise.resolve(A({statusText:"OK",headersList:[["content-type",{name:"Content-Type",value:o}]],body:j(r.body)[0]}))}case"file:":{return Promise.resolve(s("not implemented... yet..."))}case"http:":case"https:":{return httpFetch(e).catch(e=>s(e))}default:{return Promise.resolve(s("unknown scheme"))}}}function finalizeResponse(e,t){e.request.done=true;if(e.processResponseDone!=null){queueMicrotask(()=>e.processResponseDone(t))}}function fetchFinale(e,t){let r=e.timingInfo;const processResponseEndOfBody=()=>{const s=Date.now();if(e.request.destination==="document"){e.controller.fullTimingInfo=r}e.controller.reportTimingSteps=()=>{if(e.request.url.protocol!=="https:"){return}r.endTime=s;let o=t.cacheState;const n=t.bodyInfo;if(!t.timingAllowPassed){r=w(r);o=""}let A=0;if(e.request.mode!=="navigator"||!t.hasCrossOriginRedirects){A=t.status;const e=V(t.headersList);if(e!=="failure"){n.contentType=ge(e)}}if(e.request.initiatorType!=null){fe(r,e.request.url.href,e.request.initiatorType,globalThis,o,n,A)}};const processResponseEndOfBodyTask=()=>{e.request.done=true;if(e.processResponseEndOfBody!=null){queueMicrotask(()=>e.processResponseEndOfBody(t))}if(e.request.initiatorType!=null){e.controller.reportTimingSteps()}};queueMicrotask(()=>processResponseEndOfBodyTask())};if(e.processResponse!=null){queueMicrotask(()=>{e.processResponse(t);e.processResponse=null})}const s=t.type==="error"?t:t.internalResponse??t;if(s.body==null){processResponseEndOfBody()}else{ne(s.body.stream,()=>{processResponseEndOfBody()})}}async function httpFetch(e){const t=e.request;let r=null;let o=null;const n=e.timingInfo;if(t.serviceWorkers==="all"){}if(r===null){if(t.redirect==="follow"){t.serviceWorkers="none"}o=r=await httpNetworkOrCacheFetch(e);if(t.responseTainting==="cors"&&b(t,r)==="failure"){return s("cors failure")}if(p(t,r)==="failure"){t.timingAllowFailed=true}}if((t.responseTainting==="opaque"||r.type==="opaque")&&k(t.origin,t.client,t.destination,o)==="blocked"){return s("blocked")}if(Z.has(o.status)){if(t.redirect!=="manual"){e.controller.connection.destroy(undefined,false)}if(t.redirect==="error"){r=s("unexpected redirect")}else if(t.redirect==="manual"){r=o}else if(t.redirect==="follow"){r=await httpRedirectFetch(e,r)}else{$(false)}}r.timingInfo=n;return r}function httpRedirectFetch(e,t){const r=e.request;const o=t.internalResponse?t.internalResponse:t;let n;try{n=f(o,B(r).hash);if(n==null){return t}}catch(e){return Promise.resolve(s(e))}if(!O(n)){return Promise.resolve(s("URL scheme must be a HTTP(S) scheme"))}if(r.redirectCount===20){return Promise.resolve(s("redirect count exceeded"))}r.redirectCount+=1;if(r.mode==="cors"&&(n.username||n.password)&&!F(r,n)){return Promise.resolve(s('cross origin not allowed for request mode "cors"'))}if(r.responseTainting==="cors"&&(n.username||n.password)){return Promise.resolve(s('URL cannot contain credentials for request mode "cors"'))}if(o.status!==303&&r.body!=null&&r.body.source==null){return Promise.resolve(s())}if([301,302].includes(o.status)&&r.method==="POST"||o.status===303&&!pe.includes(r.method)){r.method="GET";r.body=null;for(const e of ee){r.headersList.delete(e)}}if(!F(B(r),n)){r.headersList.delete("authorization",true);r.headersList.delete("proxy-authorization",true);r.headersList.delete("cookie",true);r.headersList.delete("host",true)}if(r.body!=null){$(r.body.source!=null);r.body=j(r.body.source)[0]}const A=e.timingInfo;A.redirectEndTime=A.postRedirectStartTime=D(e.crossOriginIsolatedCapability);if(A.redirectStartTime===0){A.redirectStartTime=A.startTime}r.urlList.push(n);I(r,o);return mainFetch(e,true)}async function httpNetworkOrCacheFetch(e,t=false,r=false){const n=e.request;let A=null;let i=null;let a=null;const c=null;const u=false;if(n.window==="no-window"&&n.redirect==="error"){A=e;i=n}else{i=l(n);A={...e};A.request=i}const g=n.credentials==="include"||n.credentials==="same-origin"&&n.responseTainting==="basic";const h=i.body?i.body.length:null;let E=null;if(i.body==null&&["POST","PUT"].includes(i.method)){E="0"}if(h!=null){E=G(`${h}`)}if(E!=null){i.headersList.append("content-length",E,true)}if(h!=null&&i.keepalive){}if(i.referrer instanceof URL){i.headersList.append("referer",G(i.referrer.href),true)}Q(i);y(i);if(!i.headersList.contains("user-agent",true)){i.headersList.append("user-agent",Ce)}if(i.cache==="default"&&(i.headersList.contains("if-modified-since",true)||i.headersList.contains("if-none-match",true)||i.headersList.contains("if-unmodified-since",true)||i.headersList.contains("if-match",true)||i.headersList.contains("if-range",true))){i.cache="no-store"}if(i.cache==="no-cache"&&!i.preventNoCacheCacheControlHeaderModification&&!i.headersList.contains("cache-control",true)){i.headersList.append("cache-control","max-age=0",true)}if(i.cache==="no-store"||i.cache==="reload"){if(!i.headersList.contains("pragma",true)){i.headersList.append("pragma","no-cache",true)}if(!i.headersList.contains("cache-control",true)){i.headersList.append("cache-control","no-cache",true)}}if(i.headersList.contains("range",true)){i.headersList.append("accept-encoding","identity",true)}if(!i.headersList.contains("accept-encoding",true)){if(H(B(i))){i.headersList.append("accept-encoding","br, gzip, deflate",true)}else{i.headersList.append("accept-encoding","gzip, deflate",true)}}i.headersList.delete("host",true);if(g){}if(c==null){i.cache="no-store"}if(i.cache!=="no-store"&&i.cache!=="reload"){}if(a==null){if(i.cache==="only-if-cached"){return s("only if cached")}const e=await httpNetworkFetch(A,g,r);if(!X.has(i.method)&&e.status>=200&&e.status<=399){}if(u&&e.status===304){}if(a==null){a=e}}a.urlList=[...i.urlList];if(i.headersList.contains("range",true)){a.rangeRequested=true}a.requestIncludesCredentials=g;if(a.status===407){if(n.window==="no-window"){return s()}if(v(e)){return o(e)}return s("proxy authentication required")}if(a.status===421&&!r&&(n.body==null||n.body.source!=null)){if(v(e)){return o(e)}e.controller.connection.destroy();a=await httpNetworkOrCacheFetch(e,t,true)}if(t){}return a}async function httpNetworkFetch(e,t=false,r=false){$(!e.controller.connection||e.controller.connection.destroyed);e.controller.connection={abort:null,destroyed:false,destroy(e,t=true){if(!this.destroyed){this.destroyed=true;if(t){this.abort?.(e??new DOMException("The operation was aborted.","AbortError"))}}}};const n=e.request;let i=null;const c=e.timingInfo;const l=null;if(l==null){n.cache="no-store"}const g=r?"yes":"no";if(n.mode==="websocket"){}else{}let h=null;if(n.body==null&&e.processRequestEndOfBody){queueMicrotask(()=>e.processRequestEndOfBody())}else if(n.body!=null){const processBodyChunk=async function*(t){if(v(e)){return}yield t;e.processRequestBodyChunkLength?.(t.byteLength)};const processEndOfBody=()=>{if(v(e)){return}if(e.processRequestEndOfBody){e.processRequestEndOfBody()}};const processBodyError=t=>{if(v(e)){return}if(t.name==="AbortError"){e.controller.abort()}else{e.controller.terminate(t)}};h=async function*(){try{for await(const e of n.body.stream){yield*processBodyChunk(e)}processEndOfBody()}catch(e){processBodyError(e)}}()}try{const{body:t,status:r,statusText:s,headersList:o,socket:n}=await dispatch({body:h});if(n){i=A({status:r,statusText:s,headersList:o,socket:n})}else{const n=t[Symbol.asyncIterator]();e.controller.next=()=>n.next();i=A({status:r,statusText:s,headersList:o})}}catch(t){if(t.name==="AbortError"){e.controller.connection.destroy();return o(e,t)}return s(t)}const pullAlgorithm=async()=>{await e.controller.resume()};const cancelAlgorithm=t=>{if(!v(e)){e.controller.abort(t)}};const E=new ReadableStream({async start(t){e.controller.controller=t},async pull(e){await pullAlgorithm(e)},async cancel(e){await cancelAlgorithm(e)},type:"bytes"});i.body={stream:E,source:null,length:null};if(!e.controller.resume){e.controller.on("terminated",onAborted)}e.controller.resume=async()=>{while(true){let t;let r;try{const{done:r,value:s}=await e.controller.next();if(U(e)){break}t=r?undefined:s}catch(s){if(e.controller.ended&&!c.encodedBodySize){t=undefined}else{t=s;r=true}}if(t===undefined){L(e.controller.controller);finalizeResponse(e,i);return}c.decodedBodySize+=t?.byteLength??0;if(r){e.controller.terminate(t);return}const s=new Uint8Array(t);if(s.byteLength){e.controller.controller.enqueue(s)}if(ie(E)){e.controller.terminate();return}if(e.controller.controller.desiredSize<=0){return}}};function onAborted(t){if(U(e)){i.aborted=true;if(ae(E)){e.controller.controller.error(e.controller.serializedAbortReason)}}else{if(ae(E)){e.controller.controller.error(new TypeError("terminated",{cause:N(t)?t:undefined}))}}e.controller.connection.destroy()}return i;function dispatch({body:t}){const r=B(n);const s=e.controller.dispatcher;return new Promise((o,A)=>s.dispatch({path:r.pathname+r.search,origin:r.origin,method:n.method,body:s.isMockActive?n.body&&(n.body.source||n.body.stream):t,headers:n.headersList.entries,maxRedirections:0,upgrade:n.mode==="websocket"?"websocket":undefined},{body:null,abort:null,onConnect(t){const{connection:r}=e.controller;c.finalConnectionTimingInfo=x(undefined,c.postRedirectStartTime,e.crossOriginIsolatedCapability);if(r.destroyed){t(new DOMException("The operation was aborted.","AbortError"))}else{e.controller.on("terminated",t);this.abort=r.abort=t}c.finalNetworkRequestStartTime=D(e.crossOriginIsolatedCapability)},onResponseStarted(){c.finalNetworkResponseStartTime=D(e.crossOriginIsolatedCapability)},onHeaders(e,t,r,s){if(e<200){return}let A="";const i=new a;for(let e=0;e<t.length;e+=2){i.append(ce(t[e]),t[e+1].toString("latin1"),true)}A=i.get("location",true);const c=[];const l=A&&n.redirect==="follow"&&Z.has(e);if(n.method!=="HEAD"&&n.method!=="CONNECT"&&!K.includes(e)&&!l){const e=i.get("content-encoding",true);const t=e?e.toLowerCase().split(","):[];const r=5;if(t.length>r){this.abort(new Error(`too many content-encodings in response: ${t.length}, maximum allowed is ${r}`));return true}for(let e=t.length-1;e>=0;--e){const r=t[e].trim();if(r==="x-gzip"||r==="gzip"){c.push(u.createGunzip({flush:u.constants.Z_SYNC_FLUSH,finishFlush:u.constants.Z_SYNC_FLUSH}))}else if(r==="deflate"){c.push(J({flush:u.constants.Z_SYNC_FLUSH,finishFlush:u.constants.Z_SYNC_FLUSH}))}else if(r==="br"){c.push(u.createBrotliDecompress({flush:u.constants.BROTLI_OPERATION_FLUSH,finishFlush:u.constants.BROTLI_OPERATION_FLUSH}))}else{c.length=0;break}}}this.body=new se({read:r});const g=this.onError.bind(this);o({status:e,statusText:s,headersList:i,body:c.length?oe(this.body,...c,e=>{if(e){this.onError(e)}}).on("error",g):this.body.on("error",g)});return true},onData(t){if(e.controller.dump){return}const r=t;c.encodedBodySize+=r.byteLength;return this.body.push(r)},onComplete(){if(this.abort){e.controller.off("terminated",this.abort)}e.controller.ended=true;this.body.push(null)},onError(t){if(this.abort){e.controller.off("terminated",this.abort)}this.body?.destroy(t);e.controller.terminate(t);A(t)},onUpgrade(e,t,r){if(e!==101){return}const s=new a;for(let e=0;e<t.length;e+=2){s.append(ce(t[e]),t[e+1].toString("latin1"),true)}o({status:e,statusText:de[e],headersList:s,socket:r});return true}}))}}e.exports={fetch:fetch,Fetch:Fetch,fetching:fetching,finalizeAndReportTiming:finalizeAndReportTiming}},9683:(e,t,r)=>{const{extractBody:s,mixinBody:o,cloneBody:n,bodyUnusable:A}=r(1448);const{Headers:i,fill:a,HeadersList:c,setHeadersGuard:l,getHeadersGuard:u,setHeadersList:g,getHeadersList:h}=r(3408);const{FinalizationRegistry:E}=r(8905)();const d=r(9500);const p=r(7975);const{isValidHTTPToken:Q,sameOrigin:f,environmentSettingsObject:B}=r(1204);const{forbiddenMethodsSet:I,corsSafeListedMethodsSet:m,referrerPolicy:w,requestRedirect:y,requestMode:b,requestCredentials:k,requestCache:R,requestDuplex:D}=r(4219);const{kEnumerableProperty:T,normalizedMethodRecordsBase:S,normalizedMethodRecords:F}=d;const{kHeaders:v,kSignal:U,kState:N,kDispatcher:M}=r(3175);const{webidl:L}=r(4625);const{URLSerializer:G}=r(192);const{kConstruct:_}=r(8031);const O=r(4589);const{getMaxListeners:H,setMaxListeners:x,getEventListeners:P,defaultMaxListeners:Y}=r(8474);const J=Symbol("abortController");const V=new E(({signal:e,abort:t})=>{e.removeEventListener("abort",t)});const q=new WeakMap;function buildAbort(e){return abort;function abort(){const t=e.deref();if(t!==undefined){V.unregister(abort);this.removeEventListener("abort",abort);t.abort(this.reason);const e=q.get(t.signal);if(e!==undefined){if(e.size!==0){for(const t of e){const e=t.deref();if(e!==undefined){e.abort(this.reason)}}e.clear()}q.delete(t.signal)}}}}let W=false;class Request{constructor(e,t={}){L.util.markAsUncloneable(this);if(e===_){return}const r="Request constructor";L.argumentLengthCheck(arguments,1,r);e=L.converters.RequestInfo(e,r,"input");t=L.converters.RequestInit(t,r,"init");let o=null;let n=null;const u=B.settingsObject.baseUrl;let E=null;if(typeof e==="string"){this[M]=t.dispatcher;let r;try{r=new URL(e,u)}catch(t){throw new TypeError("Failed to parse URL from "+e,{cause:t})}if(r.username||r.password){throw new TypeError("Request cannot be constructed from a URL that includes credentials: "+e)}o=makeRequest({urlList:[r]});n="cors"}else{this[M]=t.dispatcher||e[M];O(e instanceof Request);o=e[N];E=e[U]}const p=B.settingsObject.origin;let w="client";if(o.window?.constructor?.name==="EnvironmentSettingsObject"&&f(o.window,p)){w=o.window}if(t.window!=null){throw new TypeError(`'window' option '${w}' must be null`)}if("window"in t){w="no-window"}o=makeRequest({method:o.method,headersList:o.headersList,unsafeRequest:o.unsafeRequest,client:B.settingsObject,window:w,priority:o.priority,origin:o.origin,referrer:o.referrer,referrerPolicy:o.referrerPolicy,mode:o.mode,credentials:o.credentials,cache:o.cache,redirect:o.redirect,integrity:o.integrity,keepalive:o.keepalive,reloadNavigation:o.reloadNavigation,historyNavigation:o.historyNavigation,urlList:[...o.urlList]});const y=Object.keys(t).length!==0;if(y){if(o.mode==="navigate"){o.mode="same-origin"}o.reloadNavigation=false;o.historyNavigation=false;o.origin="client";o.referrer="client";o.referrerPolicy="";o.url=o.urlList[o.urlList.length-1];o.urlList=[o.url]}if(t.referrer!==undefined){const e=t.referrer;if(e===""){o.referrer="no-referrer"}else{let t;try{t=new URL(e,u)}catch(t){throw new TypeError(`Referrer "${e}" is not a valid URL.`,{cause:t})}if(t.protocol==="about:"&&t.hostname==="client"||p&&!f(t,B.settingsObject.baseUrl)){o.referrer="client"}else{o.referrer=t}}}if(t.referrerPolicy!==undefined){o.referrerPolicy=t.referrerPolicy}let b;if(t.mode!==undefined){b=t.mode}else{b=n}if(b==="navigate"){throw L.errors.exception({header:"Request constructor",message:"invalid request mode navigate."})}if(b!=null){o.mode=b}if(t.credentials!==undefined){o.credentials=t.credentials}if(t.cache!==undefined){o.cache=t.cache}if(o.cache==="only-if-cached"&&o.mode!=="same-origin"){throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode")}if(t.redirect!==undefined){o.redirect=t.redirect}if(t.integrity!=null){o.integrity=String(t.integrity)}if(t.keepalive!==undefined){o.keepalive=Boolean(t.keepalive)}if(t.method!==undefined){let e=t.method;const r=F[e];if(r!==undefined){o.method=r}else{if(!Q(e)){throw new TypeError(`'${e}' is not a valid HTTP method.`)}const t=e.toUpperCase();if(I.has(t)){throw new TypeError(`'${e}' HTTP method is unsupported.`)}e=S[t]??e;o.method=e}if(!W&&o.method==="patch"){process.emitWarning("Using `patch` is highly likely to result in a `405 Method Not Allowed`. `PATCH` is much more likely to succeed.",{code:"UNDICI-FETCH-patch"});W=true}}if(t.signal!==undefined){E=t.signal}this[N]=o;const k=new AbortController;this[U]=k.signal;if(E!=null){if(!E||typeof E.aborted!=="boolean"||typeof E.addEventListener!=="function"){throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.")}if(E.aborted){k.abort(E.reason)}else{this[J]=k;const e=new WeakRef(k);const t=buildAbort(e);try{if(typeof H==="function"&&H(E)===Y){x(1500,E)}else if(P(E,"abort").length>=Y){x(1500,E)}}catch{}d.addAbortListener(E,t);V.register(k,{signal:E,abort:t},t)}}this[v]=new i(_);g(this[v],o.headersList);l(this[v],"request");if(b==="no-cors"){if(!m.has(o.method)){throw new TypeError(`'${o.method} is unsupported in no-cors mode.`)}l(this[v],"request-no-cors")}if(y){const e=h(this[v]);const r=t.headers!==undefined?t.headers:new c(e);e.clear();if(r instanceof c){for(const{name:t,value:s}of r.rawValues()){e.append(t,s,false)}e.cookies=r.cookies}else{a(this[v],r)}}const R=e instanceof Request?e[N].body:null;if((t.body!=null||R!=null)&&(o.method==="GET"||o.method==="HEAD")){throw new TypeError("Request with GET/HEAD method cannot have body.")}let D=null;if(t.body!=null){const[e,r]=s(t.body,o.keepalive);D=e;if(r&&!h(this[v]).contains("content-type",true)){this[v].append("content-type",r)}}const T=D??R;if(T!=null&&T.source==null){if(D!=null&&t.duplex==null){throw new TypeError("RequestInit: duplex option is required when sending a body.")}if(o.mode!=="same-origin"&&o.mode!=="cors"){throw new TypeError('If request is made from ReadableStream, mode should be "same-origin" or "cors"')}o.useCORSPreflightFlag=true}let G=T;if(D==null&&R!=null){if(A(e)){throw new TypeError("Cannot construct a Request with a Request object that has already been used.")}const t=new TransformStream;R.stream.pipeThrough(t);G={source:R.source,length:R.length,stream:t.readable}}this[N].body=G}get method(){L.brandCheck(this,Request);return this[N].method}get url(){L.brandCheck(this,Request);return G(this[N].url)}get headers(){L.brandCheck(this,Request);return this[v]}get destination(){L.brandCheck(this,Request);return this[N].destination}get referrer(){L.brandCheck(this,Request);if(this[N].referrer==="no-referrer"){return""}if(this[N].referrer==="client"){return"about:client"}return this[N].referrer.toString()}get referrerPolicy(){L.brandCheck(this,Request);return this[N].referrerPolicy}get mode(){L.brandCheck(this,Request);return this[N].mode}get credentials(){return this[N].credentials}get cache(){L.brandCheck(this,Request);return this[N].cache}get redirect(){L.brandCheck(this,Request);return this[N].redirect}get integrity(){L.brandCheck(this,Request);return this[N].integrity}get keepalive(){L.brandCheck(this,Request);return this[N].keepalive}get isReloadNavigation(){L.brandCheck(this,Request);return this[N].reloadNavigation}get isHistoryNavigation(){L.brandCheck(this,Request);return this[N].historyNavigation}get signal(){L.brandCheck(this,Request);return this[U]}get body(){L.brandCheck(this,Request);return this[N].body?this[N].body.stream:null}get bodyUsed(){L.brandCheck(this,Request);return!!this[N].body&&d.isDisturbed(this[N].body.stream)}get duplex(){L.brandCheck(this,Request);return"half"}clone(){L.brandCheck(this,Request);if(A(this)){throw new TypeError("unusable")}const e=cloneRequest(this[N]);const t=new AbortController;if(this.signal.aborted){t.abort(this.signal.reason)}else{let e=q.get(this.signal);if(e===undefined){e=new Set;q.set(this.signal,e)}const r=new WeakRef(t);e.add(r);d.addAbortListener(t.signal,buildAbort(r))}return fromInnerRequest(e,t.signal,u(this[v]))}[p.inspect.custom](e,t){if(t.depth===null){t.depth=2}t.colors??=true;const r={method:this.method,url:this.url,headers:this.headers,destination:this.destination,referrer:this.referrer,referrerPolicy:this.referrerPolicy,mode:this.mode,credentials:this.credentials,cache:this.cache,redirect:this.redirect,integrity:this.integrity,keepalive:this.keepalive,isReloadNavigation:this.isReloadNavigation,isHistoryNavigation:this.isHistoryNavigation,signal:this.signal};return`Request ${p.formatWithOptions(t,r)}`}}o(Request);function makeRequest(e){return{method:e.method??"GET",localURLsOnly:e.localURLsOnly??false,unsafeRequest:e.unsafeRequest??false,body:e.body??null,client:e.client??null,reservedClient:e.reservedClient??null,replacesClientId:e.replacesClientId??"",window:e.window??"client",keepalive:e.keepalive??false,serviceWorkers:e.serviceWorkers??"all",initiator:e.initiator??"",destination:e.destination??"",priority:e.priority??null,origin:e.origin??"client",policyContainer:e.policyContainer??"client",referrer:e.referrer??"client",referrerPolicy:e.referrerPolicy??"",mode:e.mode??"no-cors",useCORSPreflightFlag:e.useCORSPreflightFlag??false,credentials:e.credentials??"same-origin",useCredentials:e.useCredentials??false,cache:e.cache??"default",redirect:e.redirect??"follow",integrity:e.integrity??"",cryptoGraphicsNonceMetadata:e.cryptoGraphicsNonceMetadata??"",parserMetadata:e.parserMetadata??"",reloadNavigation:e.reloadNavigation??false,historyNavigation:e.historyNavigation??false,userActivation:e.userActivation??false,taintedOrigin:e.taintedOrigin??false,redirectCount:e.redirectCount??0,responseTainting:e.responseTainting??"basic",preventNoCacheCacheControlHeaderModification:e.preventNoCacheCacheControlHeaderModification??false,done:e.done??false,timingAllowFailed:e.timingAllowFailed??false,urlList:e.urlList,url:e.urlList[0],headersList:e.headersList?new c(e.headersList):new c}}function cloneRequest(e){const t=makeRequest({...e,body:null});if(e.body!=null){t.body=n(t,e.body)}return t}function fromInnerRequest(e,t,r){const s=new Request(_);s[N]=e;s[U]=t;s[v]=new i(_);g(s[v],e.headersList);l(s[v],r);return s}Object.defineProperties(Request.prototype,{method:T,url:T,headers:T,redirect:T,clone:T,signal:T,duplex:T,destination:T,body:T,bodyUsed:T,isHistoryNavigation:T,isReloadNavigation:T,keepalive:T,integrity:T,cache:T,credentials:T,attribute:T,referrerPolicy:T,referrer:T,mode:T,[Symbol.toStringTag]:{value:"Request",configurable:true}});L.converters.Request=L.interfaceConverter(Request);L.converters.RequestInfo=function(e,t,r){if(typeof e==="string"){return L.converters.USVString(e,t,r)}if(e instanceof Request){return L.converters.Request(e,t,r)}return L.converters.USVString(e,t,r)};L.converters.AbortSignal=L.interfaceConverter(AbortSignal);L.converters.RequestInit=L.dictionaryConverter([{key:"method",converter:L.converters.ByteString},{key:"headers",converter:L.converters.HeadersInit},{key:"body",converter:L.nullableConverter(L.converters.BodyInit)},{key:"referrer",converter:L.converters.USVString},{key:"referrerPolicy",converter:L.converters.DOMString,allowedValues:w},{key:"mode",converter:L.converters.DOMString,allowedValues:b},{key:"credentials",converter:L.converters.DOMString,allowedValues:k},{key:"cache",converter:L.converters.DOMString,allowedValues:R},{key:"redirect",converter:L.converters.DOMString,allowedValues:y},{key:"integrity",converter:L.converters.DOMString},{key:"keepalive",converter:L.converters.boolean},{key:"signal",converter:L.nullableConverter(e=>L.converters.AbortSignal(e,"RequestInit","signal",{strict:false}))},{key:"window",converter:L.converters.any},{key:"duplex",converter:L.converters.DOMString,allowedValues:D},{key:"dispatcher",converter:L.converters.any}]);e.exports={Request:Request,makeRequest:makeRequest,fromInnerRequest:fromInnerRequest,cloneRequest:cloneRequest}},7287:(e,t,r)=>{const{Headers:s,HeadersList:o,fill:n,getHeadersGuard:A,setHeadersGuard:i,setHeadersList:a}=r(3408);const{extractBody:c,cloneBody:l,mixinBody:u,hasFinalizationRegistry:g,streamRegistry:h,bodyUnusable:E}=r(1448);const d=r(9500);const p=r(7975);const{kEnumerableProperty:Q}=d;const{isValidReasonPhrase:f,isCancelled:B,isAborted:I,isBlobLike:m,serializeJavascriptValueToJSONString:w,isErrorLike:y,isomorphicEncode:b,environmentSettingsObject:k}=r(1204);const{redirectStatusSet:R,nullBodyStatus:D}=r(4219);const{kState:T,kHeaders:S}=r(3175);const{webidl:F}=r(4625);const{FormData:v}=r(3818);const{URLSerializer:U}=r(192);const{kConstruct:N}=r(8031);const M=r(4589);const{types:L}=r(7975);const G=new TextEncoder("utf-8");class Response{static error(){const e=fromInnerResponse(makeNetworkError(),"immutable");return e}static json(e,t={}){F.argumentLengthCheck(arguments,1,"Response.json");if(t!==null){t=F.converters.ResponseInit(t)}const r=G.encode(w(e));const s=c(r);const o=fromInnerResponse(makeResponse({}),"response");initializeResponse(o,t,{body:s[0],type:"application/json"});return o}static redirect(e,t=302){F.argumentLengthCheck(arguments,1,"Response.redirect");e=F.converters.USVString(e);t=F.converters["unsigned short"](t);let r;try{r=new URL(e,k.settingsObject.baseUrl)}catch(t){throw new TypeError(`Failed to parse URL from ${e}`,{cause:t})}if(!R.has(t)){throw new RangeError(`Invalid status code ${t}`)}const s=fromInnerResponse(makeResponse({}),"immutable");s[T].status=t;const o=b(U(r));s[T].headersList.append("location",o,true);return s}constructor(e=null,t={}){F.util.markAsUncloneable(this);if(e===N){return}if(e!==null){e=F.converters.BodyInit(e)}t=F.converters.ResponseInit(t);this[T]=makeResponse({});this[S]=new s(N);i(this[S],"response");a(this[S],this[T].headersList);let r=null;if(e!=null){const[t,s]=c(e);r={body:t,type:s}}initializeResponse(this,t,r)}get type(){F.brandCheck(this,Response);return this[T].type}get url(){F.brandCheck(this,Response);const e=this[T].urlList;const t=e[e.length-1]??null;if(t===null){return""}return U(t,true)}get redirected(){F.brandCheck(this,Response);return this[T].urlList.length>1}get status(){F.brandCheck(this,Response);return this[T].status}get ok(){F.brandCheck(this,Response);return this[T].status>=200&&this[T].status<=299}get statusText(){F.brandCheck(this,Response);return this[T].statusText}get headers(){F.brandCheck(this,Response);return this[S]}get body(){F.brandCheck(this,Response);return this[T].body?this[T].body.stream:null}get bodyUsed(){F.brandCheck(this,Response);return!!this[T].body&&d.isDisturbed(this[T].body.stream)}clone(){F.brandCheck(this,Response);if(E(this)){throw F.errors.exception({header:"Response.clone",message:"Body has already been consumed."})}const e=cloneResponse(this[T]);if(g&&this[T].body?.stream){h.register(this,new WeakRef(this[T].body.stream))}return fromInnerResponse(e,A(this[S]))}[p.inspect.custom](e,t){if(t.depth===null){t.depth=2}t.colors??=true;const r={status:this.status,statusText:this.statusText,headers:this.headers,body:this.body,bodyUsed:this.bodyUsed,ok:this.ok,redirected:this.redirected,type:this.type,url:this.url};return`Response ${p.formatWithOptions(t,r)}`}}u(Response);Object.defineProperties(Response.prototype,{type:Q,url:Q,status:Q,ok:Q,redirected:Q,statusText:Q,headers:Q,clone:Q,body:Q,bodyUsed:Q,[Symbol.toStringTag]:{value:"Response",configurable:true}});Object.defineProperties(Response,{json:Q,redirect:Q,error:Q});function cloneResponse(e){if(e.internalResponse){return filterResponse(cloneResponse(e.internalResponse),e.type)}const t=makeResponse({...e,body:null});if(e.body!=null){t.body=l(t,e.body)}return t}function makeResponse(e){return{aborted:false,rangeRequested:false,timingAllowPassed:false,requestIncludesCredentials:false,type:"default",status:200,timingInfo:null,cacheState:"",statusText:"",...e,headersList:e?.headersList?new o(e?.headersList):new o,urlList:e?.urlList?[...e.urlList]:[]}}function makeNetworkError(e){const t=y(e);return makeResponse({type:"error",status:0,error:t?e:new Error(e?String(e):e),aborted:e&&e.name==="AbortError"})}function isNetworkError(e){return e.type==="error"&&e.status===0}function makeFilteredResponse(e,t){t={internalResponse:e,...t};return new Proxy(e,{get(e,r){return r in t?t[r]:e[r]},set(e,r,s){M(!(r in t));e[r]=s;return true}})}function filterResponse(e,t){if(t==="basic"){return makeFilteredResponse(e,{type:"basic",headersList:e.headersList})}else if(t==="cors"){return makeFilteredResponse(e,{type:"cors",headersList:e.headersList})}else if(t==="opaque"){return makeFilteredResponse(e,{type:"opaque",urlList:Object.freeze([]),status:0,statusText:"",body:null})}else if(t==="opaqueredirect"){return makeFilteredResponse(e,{type:"opaqueredirect",status:0,statusText:"",headersList:[],body:null})}else{M(false)}}function makeAppropriateNetworkError(e,t=null){M(B(e));return I(e)?makeNetworkError(Object.assign(new DOMException("The operation was aborted.","AbortError"),{cause:t})):makeNetworkError(Object.assign(new DOMException("Request was cancelled."),{cause:t}))}function initializeResponse(e,t,r){if(t.status!==null&&(t.status<200||t.status>599)){throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.')}if("statusText"in t&&t.statusText!=null){if(!f(String(t.statusText))){throw new TypeError("Invalid statusText")}}if("status"in t&&t.status!=null){e[T].status=t.status}if("statusText"in t&&t.statusText!=null){e[T].statusText=t.statusText}if("headers"in t&&t.headers!=null){n(e[S],t.headers)}if(r){if(D.includes(e.status)){throw F.errors.exception({header:"Response constructor",message:`Invalid response status code ${e.status}`})}e[T].body=r.body;if(r.type!=null&&!e[T].headersList.contains("content-type",true)){e[T].headersList.append("content-type",r.type,true)}}}function fromInnerResponse(e,t){const r=new Response(N);r[T]=e;r[S]=new s(N);a(r[S],e.headersList);i(r[S],t);if(g&&e.body?.stream){h.register(r,new WeakRef(e.body.stream))}return r}F.converters.ReadableStream=F.interfaceConverter(ReadableStream);F.converters.FormData=F.interfaceConverter(v);F.converters.URLSearchParams=F.interfaceConverter(URLSearchParams);F.converters.XMLHttpRequestBodyInit=function(e,t,r){if(typeof e==="string"){return F.converters.USVString(e,t,r)}if(m(e)){return F.converters.Blob(e,t,r,{strict:false})}if(ArrayBuffer.isView(e)||L.isArrayBuffer(e)){return F.converters.BufferSource(e,t,r)}if(d.isFormDataLike(e)){return F.converters.FormData(e,t,r,{strict:false})}if(e instanceof URLSearchParams){return F.converters.URLSearchParams(e,t,r)}return F.converters.DOMString(e,t,r)};F.converters.BodyInit=function(e,t,r){if(e instanceof ReadableStream){return F.converters.ReadableStream(e,t,r)}if(e?.[Symbol.asyncIterator]){return e}return F.converters.XMLHttpRequestBodyInit(e,t,r)};F.converters.ResponseInit=F.dictionaryConverter([{key:"status",converter:F.converters["unsigned short"],defaultValue:()=>200},{key:"statusText",converter:F.converters.ByteString,defaultValue:()=>""},{key:"headers",converter:F.converters.HeadersInit}]);e.exports={isNetworkError:isNetworkError,makeNetworkError:makeNetworkError,makeResponse:makeResponse,makeAppropriateNetworkError:makeAppropriateNetworkError,filterResponse:filterResponse,Response:Response,cloneResponse:cloneResponse,fromInnerResponse:fromInnerResponse}},3175:e=>{e.exports={kUrl:Symbol("url"),kHeaders:Symbol("headers"),kSignal:Symbol("signal"),kState:Symbol("state"),kDispatcher:Symbol("dispatcher")}},1204:(e,t,r)=>{const{Transform:s}=r(7075);const o=r(8522);const{redirectStatusSet:n,referrerPolicySet:A,badPortsSet:i}=r(4219);const{getGlobalOrigin:a}=r(5311);const{collectASequenceOfCodePoints:c,collectAnHTTPQuotedString:l,removeChars:u,parseMIMEType:g}=r(192);const{performance:h}=r(643);const{isBlobLike:E,ReadableStreamFrom:d,isValidHTTPToken:p,normalizedMethodRecordsBase:Q}=r(9500);const f=r(4589);const{isUint8Array:B}=r(3429);const{webidl:I}=r(4625);let m=[];let w;try{w=r(7598);const e=["sha256","sha384","sha512"];m=w.getHashes().filter(t=>e.includes(t))}catch{}function responseURL(e){const t=e.urlList;const r=t.length;return r===0?null:t[r-1].toString()}function responseLocationURL(e,t){if(!n.has(e.status)){return null}let r=e.headersList.get("location",true);if(r!==null&&isValidHeaderValue(r)){if(!isValidEncodedURL(r)){r=normalizeBinaryStringToUtf8(r)}r=new URL(r,responseURL(e))}if(r&&!r.hash){r.hash=t}return r}function isValidEncodedURL(e){for(let t=0;t<e.length;++t){const r=e.charCodeAt(t);if(r>126||r<32){return false}}return true}function normalizeBinaryStringToUtf8(e){return Buffer.from(e,"binary").toString("utf8")}function requestCurrentURL(e){return e.urlList[e.urlList.length-1]}function requestBadPort(e){const t=requestCurrentURL(e);if(urlIsHttpHttpsScheme(t)&&i.has(t.port)){return"blocked"}return"allowed"}function isErrorLike(e){return e instanceof Error||(e?.constructor?.name==="Error"||e?.constructor?.name==="DOMException")}function isValidReasonPhrase(e){for(let t=0;t<e.length;++t){const r=e.charCodeAt(t);if(!(r===9||r>=32&&r<=126||r>=128&&r<=255)){return false}}return true}const y=p;function isValidHeaderValue(e){return(e[0]==="\t"||e[0]===" "||e[e.length-1]==="\t"||e[e.length-1]===" "||e.includes("\n")||e.includes("\r")||e.includes("\0"))===false}function setRequestReferrerPolicyOnRedirect(e,t){const{headersList:r}=t;const s=(r.get("referrer-policy",true)??"").split(",");let o="";if(s.length>0){for(let e=s.length;e!==0;e--){const t=s[e-1].trim();if(A.has(t)){o=t;break}}}if(o!==""){e.referrerPolicy=o}}function crossOriginResourcePolicyCheck(){return"allowed"}function corsCheck(){return"success"}function TAOCheck(){return"success"}function appendFetchMetadata(e){let t=null;t=e.mode;e.headersList.set("sec-fetch-mode",t,true)}function appendRequestOriginHeader(e){let t=e.origin;if(t==="client"||t===undefined){return}if(e.responseTainting==="cors"||e.mode==="websocket"){e.headersList.append("origin",t,true)}else if(e.method!=="GET"&&e.method!=="HEAD"){switch(e.referrerPolicy){case"no-referrer":t=null;break;case"no-referrer-when-downgrade":case"strict-origin":case"strict-origin-when-cross-origin":if(e.origin&&urlHasHttpsScheme(e.origin)&&!urlHasHttpsScheme(requestCurrentURL(e))){t=null}break;case"same-origin":if(!sameOrigin(e,requestCurrentURL(e))){t=null}break;default:}e.headersList.append("origin",t,true)}}function coarsenTime(e,t){return e}function clampAndCoarsenConnectionTimingInfo(e,t,r){if(!e?.startTime||e.startTime<t){return{domainLookupStartTime:t,domainLookupEndTime:t,connectionStartTime:t,connectionEndTime:t,secureConnectionStartTime:t,ALPNNegotiatedProtocol:e?.ALPNNegotiatedProtocol}}return{domainLookupStartTime:coarsenTime(e.domainLookupStartTime,r),domainLookupEndTime:coarsenTime(e.domainLookupEndTime,r),connectionStartTime:coarsenTime(e.connectionStartTime,r),connectionEndTime:coarsenTime(e.connectionEndTime,r),secureConnectionStartTime:coarsenTime(e.secureConnectionStartTime,r),ALPNNegotiatedProtocol:e.ALPNNegotiatedProtocol}}function coarsenedSharedCurrentTime(e){return coarsenTime(h.now(),e)}function createOpaqueTimingInfo(e){return{startTime:e.startTime??0,redirectStartTime:0,redirectEndTime:0,postRedirectStartTime:e.startTime??0,finalServiceWorkerStartTime:0,finalNetworkResponseStartTime:0,finalNetworkRequestStartTime:0,endTime:0,encodedBodySize:0,decodedBodySize:0,finalConnectionTimingInfo:null}}function makePolicyContainer(){return{referrerPolicy:"strict-origin-when-cross-origin"}}function clonePolicyContainer(e){return{referrerPolicy:e.referrerPolicy}}function determineRequestsReferrer(e){const t=e.referrerPolicy;f(t);let r=null;if(e.referrer==="client"){const e=a();if(!e||e.origin==="null"){return"no-referrer"}r=new URL(e)}else if(e.referrer instanceof URL){r=e.referrer}let s=stripURLForReferrer(r);const o=stripURLForReferrer(r,true);if(s.toString().length>4096){s=o}const n=sameOrigin(e,s);const A=isURLPotentiallyTrustworthy(s)&&!isURLPotentiallyTrustworthy(e.url);switch(t){case"origin":return o!=null?o:stripURLForReferrer(r,true);case"unsafe-url":return s;case"same-origin":return n?o:"no-referrer";case"origin-when-cross-origin":return n?s:o;case"strict-origin-when-cross-origin":{const t=requestCurrentURL(e);if(sameOrigin(s,t)){return s}if(isURLPotentiallyTrustworthy(s)&&!isURLPotentiallyTrustworthy(t)){return"no-referrer"}return o}case"strict-origin":case"no-referrer-when-downgrade":default:return A?"no-referrer":o}}function stripURLForReferrer(e,t){f(e instanceof URL);e=new URL(e);if(e.protocol==="file:"||e.protocol==="about:"||e.protocol==="blank:"){return"no-referrer"}e.username="";e.password="";e.hash="";if(t){e.pathname="";e.search=""}return e}function isURLPotentiallyTrustworthy(e){if(!(e instanceof URL)){return false}if(e.href==="about:blank"||e.href==="about:srcdoc"){return true}if(e.protocol==="data:")return true;if(e.protocol==="file:")return true;return isOriginPotentiallyTrustworthy(e.origin);function isOriginPotentiallyTrustworthy(e){if(e==null||e==="null")return false;const t=new URL(e);if(t.protocol==="https:"||t.protocol==="wss:"){return true}if(/^127(?:\.[0-9]+){0,2}\.[0-9]+$|^\[(?:0*:)*?:?0*1\]$/.test(t.hostname)||(t.hostname==="localhost"||t.hostname.includes("localhost."))||t.hostname.endsWith(".localhost")){return true}return false}}function bytesMatch(e,t){if(w===undefined){return true}const r=parseMetadata(t);if(r==="no metadata"){return true}if(r.length===0){return true}const s=getStrongestMetadata(r);const o=filterMetadataListByAlgorithm(r,s);for(const t of o){const r=t.algo;const s=t.hash;let o=w.createHash(r).update(e).digest("base64");if(o[o.length-1]==="="){if(o[o.length-2]==="="){o=o.slice(0,-2)}else{o=o.slice(0,-1)}}if(compareBase64Mixed(o,s)){return true}}return false}const b=/(?<algo>sha256|sha384|sha512)-((?<hash>[A-Za-z0-9+/]+|[A-Za-z0-9_-]+)={0,2}(?:\s|$)( +[!-~]*)?)?/i;function parseMetadata(e){const t=[];let r=true;for(const s of e.split(" ")){r=false;const e=b.exec(s);if(e===null||e.groups===undefined||e.groups.algo===undefined){continue}const o=e.groups.algo.toLowerCase();if(m.includes(o)){t.push(e.groups)}}if(r===true){return"no metadata"}return t}function getStrongestMetadata(e){let t=e[0].algo;if(t[3]==="5"){return t}for(let r=1;r<e.length;++r){const s=e[r];if(s.algo[3]==="5"){t="sha512";break}else if(t[3]==="3"){continue}else if(s.algo[3]==="3"){t="sha384"}}return t}function filterMetadataListByAlgorithm(e,t){if(e.length===1){return e}let r=0;for(let s=0;s<e.length;++s){if(e[s].algo===t){e[r++]=e[s]}}e.length=r;return e}function compareBase64Mixed(e,t){if(e.length!==t.length){return false}for(let r=0;r<e.length;++r){if(e[r]!==t[r]){if(e[r]==="+"&&t[r]==="-"||e[r]==="/"&&t[r]==="_"){continue}return false}}return true}function tryUpgradeRequestToAPotentiallyTrustworthyURL(e){}function sameOrigin(e,t){if(e.origin===t.origin&&e.origin==="null"){return true}if(e.protocol===t.protocol&&e.hostname===t.hostname&&e.port===t.port){return true}return false}function createDeferredPromise(){let e;let t;const r=new Promise((r,s)=>{e=r;t=s});return{promise:r,resolve:e,reject:t}}function isAborted(e){return e.controller.state==="aborted"}function isCancelled(e){return e.controller.state==="aborted"||e.controller.state==="terminated"}function normalizeMethod(e){return Q[e.toLowerCase()]??e}function serializeJavascriptValueToJSONString(e){const t=JSON.stringify(e);if(t===undefined){throw new TypeError("Value is not JSON serializable")}f(typeof t==="string");return t}const k=Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));function createIterator(e,t,r=0,s=1){class FastIterableIterator{#W;#$;#j;constructor(e,t){this.#W=e;this.#$=t;this.#j=0}next(){if(typeof this!=="object"||this===null||!(#W in this)){throw new TypeError(`'next' called on an object that does not implement interface ${e} Iterator.`)}const o=this.#j;const n=this.#W[t];const A=n.length;if(o>=A){return{value:undefined,done:true}}const{[r]:i,[s]:a}=n[o];this.#j=o+1;let c;switch(this.#$){case"key":c=i;break;case"value":c=a;break;case"key+value":c=[i,a];break}return{value:c,done:false}}}delete FastIterableIterator.prototype.constructor;Object.setPrototypeOf(FastIterableIterator.prototype,k);Object.defineProperties(FastIterableIterator.prototype,{[Symbol.toStringTag]:{writable:false,enumerable:false,configurable:true,value:`${e} Iterator`},next:{writable:true,enumerable:true,configurable:true}});return function(e,t){return new FastIterableIterator(e,t)}}function iteratorMixin(e,t,r,s=0,o=1){const n=createIterator(e,r,s,o);const A={keys:{writable:true,enumerable:true,configurable:true,value:function keys(){I.brandCheck(this,t);return n(this,"key")}},values:{writable:true,enumerable:true,configurable:true,value:function values(){I.brandCheck(this,t);return n(this,"value")}},entries:{writable:true,enumerable:true,configurable:true,value:function entries(){I.brandCheck(this,t);return n(this,"key+value")}},forEach:{writable:true,enumerable:true,configurable:true,value:function forEach(r,s=globalThis){I.brandCheck(this,t);I.argumentLengthCheck(arguments,1,`${e}.forEach`);if(typeof r!=="function"){throw new TypeError(`Failed to execute 'forEach' on '${e}': parameter 1 is not of type 'Function'.`)}for(const{0:e,1:t}of n(this,"key+value")){r.call(s,t,e,this)}}}};return Object.defineProperties(t.prototype,{...A,[Symbol.iterator]:{writable:true,enumerable:false,configurable:true,value:A.entries.value}})}async function fullyReadBody(e,t,r){const s=t;const o=r;let n;try{n=e.stream.getReader()}catch(e){o(e);return}try{s(await readAllBytes(n))}catch(e){o(e)}}function isReadableStreamLike(e){return e instanceof ReadableStream||e[Symbol.toStringTag]==="ReadableStream"&&typeof e.tee==="function"}function readableStreamClose(e){try{e.close();e.byobRequest?.respond(0)}catch(e){if(!e.message.includes("Controller is already closed")&&!e.message.includes("ReadableStream is already closed")){throw e}}}const R=/[^\x00-\xFF]/;function isomorphicEncode(e){f(!R.test(e));return e}async function readAllBytes(e){const t=[];let r=0;while(true){const{done:s,value:o}=await e.read();if(s){return Buffer.concat(t,r)}if(!B(o)){throw new TypeError("Received non-Uint8Array chunk")}t.push(o);r+=o.length}}function urlIsLocal(e){f("protocol"in e);const t=e.protocol;return t==="about:"||t==="blob:"||t==="data:"}function urlHasHttpsScheme(e){return typeof e==="string"&&e[5]===":"&&e[0]==="h"&&e[1]==="t"&&e[2]==="t"&&e[3]==="p"&&e[4]==="s"||e.protocol==="https:"}function urlIsHttpHttpsScheme(e){f("protocol"in e);const t=e.protocol;return t==="http:"||t==="https:"}function simpleRangeHeaderValue(e,t){const r=e;if(!r.startsWith("bytes")){return"failure"}const s={position:5};if(t){c(e=>e==="\t"||e===" ",r,s)}if(r.charCodeAt(s.position)!==61){return"failure"}s.position++;if(t){c(e=>e==="\t"||e===" ",r,s)}const o=c(e=>{const t=e.charCodeAt(0);return t>=48&&t<=57},r,s);const n=o.length?Number(o):null;if(t){c(e=>e==="\t"||e===" ",r,s)}if(r.charCodeAt(s.position)!==45){return"failure"}s.position++;if(t){c(e=>e==="\t"||e===" ",r,s)}const A=c(e=>{const t=e.charCodeAt(0);return t>=48&&t<=57},r,s);const i=A.length?Number(A):null;if(s.position<r.length){return"failure"}if(i===null&&n===null){return"failure"}if(n>i){return"failure"}return{rangeStartValue:n,rangeEndValue:i}}function buildContentRange(e,t,r){let s="bytes ";s+=isomorphicEncode(`${e}`);s+="-";s+=isomorphicEncode(`${t}`);s+="/";s+=isomorphicEncode(`${r}`);return s}class InflateStream extends s{#z;constructor(e){super();this.#z=e}_transform(e,t,r){if(!this._inflateStream){if(e.length===0){r();return}this._inflateStream=(e[0]&15)===8?o.createInflate(this.#z):o.createInflateRaw(this.#z);this._inflateStream.on("data",this.push.bind(this));this._inflateStream.on("end",()=>this.push(null));this._inflateStream.on("error",e=>this.destroy(e))}this._inflateStream.write(e,t,r)}_final(e){if(this._inflateStream){this._inflateStream.end();this._inflateStream=null}e()}}function createInflate(e){return new InflateStream(e)}function extractMimeType(e){let t=null;let r=null;let s=null;const o=getDecodeSplit("content-type",e);if(o===null){return"failure"}for(const e of o){const o=g(e);if(o==="failure"||o.essence==="*/*"){continue}s=o;if(s.essence!==r){t=null;if(s.parameters.has("charset")){t=s.parameters.get("charset")}r=s.essence}else if(!s.parameters.has("charset")&&t!==null){s.parameters.set("charset",t)}}if(s==null){return"failure"}return s}function gettingDecodingSplitting(e){const t=e;const r={position:0};const s=[];let o="";while(r.position<t.length){o+=c(e=>e!=='"'&&e!==",",t,r);if(r.position<t.length){if(t.charCodeAt(r.position)===34){o+=l(t,r);if(r.position<t.length){continue}}else{f(t.charCodeAt(r.position)===44);r.position++}}o=u(o,true,true,e=>e===9||e===32);s.push(o);o=""}return s}function getDecodeSplit(e,t){const r=t.get(e,true);if(r===null){return null}return gettingDecodingSplitting(r)}const D=new TextDecoder;function utf8DecodeBytes(e){if(e.length===0){return""}if(e[0]===239&&e[1]===187&&e[2]===191){e=e.subarray(3)}const t=D.decode(e);return t}class EnvironmentSettingsObjectBase{get baseUrl(){return a()}get origin(){return this.baseUrl?.origin}policyContainer=makePolicyContainer()}class EnvironmentSettingsObject{settingsObject=new EnvironmentSettingsObjectBase}const T=new EnvironmentSettingsObject;e.exports={isAborted:isAborted,isCancelled:isCancelled,isValidEncodedURL:isValidEncodedURL,createDeferredPromise:createDeferredPromise,ReadableStreamFrom:d,tryUpgradeRequestToAPotentiallyTrustworthyURL:tryUpgradeRequestToAPotentiallyTrustworthyURL,clampAndCoarsenConnectionTimingInfo:clampAndCoarsenConnectionTimingInfo,coarsenedSharedCurrentTime:coarsenedSharedCurrentTime,determineRequestsReferrer:determineRequestsReferrer,makePolicyContainer:makePolicyContainer,clonePolicyContainer:clonePolicyContainer,appendFetchMetadata:appendFetchMetadata,appendRequestOriginHeader:appendRequestOriginHeader,TAOCheck:TAOCheck,corsCheck:corsCheck,crossOriginResourcePolicyCheck:crossOriginResourcePolicyCheck,createOpaqueTimingInfo:createOpaqueTimingInfo,setRequestReferrerPolicyOnRedirect:setRequestReferrerPolicyOnRedirect,isValidHTTPToken:p,requestBadPort:requestBadPort,requestCurrentURL:requestCurrentURL,responseURL:responseURL,responseLocationURL:responseLocationURL,isBlobLike:E,isURLPotentiallyTrustworthy:isURLPotentiallyTrustworthy,isValidReasonPhrase:isValidReasonPhrase,sameOrigin:sameOrigin,normalizeMethod:normalizeMethod,serializeJavascriptValueToJSONString:serializeJavascriptValueToJSONString,iteratorMixin:iteratorMixin,createIterator:createIterator,isValidHeaderName:y,isValidHeaderValue:isValidHeaderValue,isErrorLike:isErrorLike,fullyReadBody:fullyReadBody,bytesMatch:bytesMatch,isReadableStreamLike:isReadableStreamLike,readableStreamClose:readableStreamClose,isomorphicEncode:isomorphicEncode,urlIsLocal:urlIsLocal,urlHasHttpsScheme:urlHasHttpsScheme,urlIsHttpHttpsScheme:urlIsHttpHttpsScheme,readAllBytes:readAllBytes,simpleRangeHeaderValue:simpleRangeHeaderValue,buildContentRange:buildContentRange,parseMetadata:parseMetadata,createInflate:createInflate,extractMimeType:extractMimeType,getDecodeSplit:getDecodeSplit,utf8DecodeBytes:utf8DecodeBytes,environmentSettingsObject:T}},4625:(e,t,r)=>{const{types:s,inspect:o}=r(7975);const{markAsUncloneable:n}=r(5919);const{toUSVString:A}=r(9500);const i={};i.converters={};i.util={};i.errors={};i.errors.exception=function(e){return new TypeError(`${e.header}: ${e.message}`)};i.errors.conversionFailed=function(e){const t=e.types.length===1?"":" one of";const r=`${e.argument} could not be converted to`+`${t}: ${e.types.join(", ")}.`;return i.errors.exception({header:e.prefix,message:r})};i.errors.invalidArgument=function(e){return i.errors.exception({header:e.prefix,message:`"${e.value}" is an invalid ${e.type}.`})};i.brandCheck=function(e,t,r){if(r?.strict!==false){if(!(e instanceof t)){const e=new TypeError("Illegal invocation");e.code="ERR_INVALID_THIS";throw e}}else{if(e?.[Symbol.toStringTag]!==t.prototype[Symbol.toStringTag]){const e=new TypeError("Illegal invocation");e.code="ERR_INVALID_THIS";throw e}}};i.argumentLengthCheck=function({length:e},t,r){if(e<t){throw i.errors.exception({message:`${t} argument${t!==1?"s":""} required, `+`but${e?" only":""} ${e} found.`,header:r})}};i.illegalConstructor=function(){throw i.errors.exception({header:"TypeError",message:"Illegal constructor"})};i.util.Type=function(e){switch(typeof e){case"undefined":return"Undefined";case"boolean":return"Boolean";case"string":return"String";case"symbol":return"Symbol";case"number":return"Number";case"bigint":return"BigInt";case"function":case"object":{if(e===null){return"Null"}return"Object"}}};i.util.markAsUncloneable=n||(()=>{});i.util.ConvertToInt=function(e,t,r,s){let o;let n;if(t===64){o=Math.pow(2,53)-1;if(r==="unsigned"){n=0}else{n=Math.pow(-2,53)+1}}else if(r==="unsigned"){n=0;o=Math.pow(2,t)-1}else{n=Math.pow(-2,t)-1;o=Math.pow(2,t-1)-1}let A=Number(e);if(A===0){A=0}if(s?.enforceRange===true){if(Number.isNaN(A)||A===Number.POSITIVE_INFINITY||A===Number.NEGATIVE_INFINITY){throw i.errors.exception({header:"Integer conversion",message:`Could not convert ${i.util.Stringify(e)} to an integer.`})}A=i.util.IntegerPart(A);if(A<n||A>o){throw i.errors.exception({header:"Integer conversion",message:`Value must be between ${n}-${o}, got ${A}.`})}return A}if(!Number.isNaN(A)&&s?.clamp===true){A=Math.min(Math.max(A,n),o);if(Math.floor(A)%2===0){A=Math.floor(A)}else{A=Math.ceil(A)}return A}if(Number.isNaN(A)||A===0&&Object.is(0,A)||A===Number.POSITIVE_INFINITY||A===Number.NEGATIVE_INFINITY){return 0}A=i.util.IntegerPart(A);A=A%Math.pow(2,t);if(r==="signed"&&A>=Math.pow(2,t)-1){return A-Math.pow(2,t)}return A};i.util.IntegerPart=function(e){const t=Math.floor(Math.abs(e));if(e<0){return-1*t}return t};i.util.Stringify=function(e){const t=i.util.Type(e);switch(t){case"Symbol":return`Symbol(${e.description})`;case"Object":return o(e);case"String":return`"${e}"`;default:return`${e}`}};i.sequenceConverter=function(e){return(t,r,s,o)=>{if(i.util.Type(t)!=="Object"){throw i.errors.exception({header:r,message:`${s} (${i.util.Stringify(t)}) is not iterable.`})}const n=typeof o==="function"?o():t?.[Symbol.iterator]?.();const A=[];let a=0;if(n===undefined||typeof n.next!=="function"){throw i.errors.exception({header:r,message:`${s} is not iterable.`})}while(true){const{done:t,value:o}=n.next();if(t){break}A.push(e(o,r,`${s}[${a++}]`))}return A}};i.recordConverter=function(e,t){return(r,o,n)=>{if(i.util.Type(r)!=="Object"){throw i.errors.exception({header:o,message:`${n} ("${i.util.Type(r)}") is not an Object.`})}const A={};if(!s.isProxy(r)){const s=[...Object.getOwnPropertyNames(r),...Object.getOwnPropertySymbols(r)];for(const i of s){const s=e(i,o,n);const a=t(r[i],o,n);A[s]=a}return A}const a=Reflect.ownKeys(r);for(const s of a){const i=Reflect.getOwnPropertyDescriptor(r,s);if(i?.enumerable){const i=e(s,o,n);const a=t(r[s],o,n);A[i]=a}}return A}};i.interfaceConverter=function(e){return(t,r,s,o)=>{if(o?.strict!==false&&!(t instanceof e)){throw i.errors.exception({header:r,message:`Expected ${s} ("${i.util.Stringify(t)}") to be an instance of ${e.name}.`})}return t}};i.dictionaryConverter=function(e){return(t,r,s)=>{const o=i.util.Type(t);const n={};if(o==="Null"||o==="Undefined"){return n}else if(o!=="Object"){throw i.errors.exception({header:r,message:`Expected ${t} to be one of: Null, Undefined, Object.`})}for(const o of e){const{key:e,defaultValue:A,required:a,converter:c}=o;if(a===true){if(!Object.hasOwn(t,e)){throw i.errors.exception({header:r,message:`Missing required key "${e}".`})}}let l=t[e];const u=Object.hasOwn(o,"defaultValue");if(u&&l!==null){l??=A()}if(a||u||l!==undefined){l=c(l,r,`${s}.${e}`);if(o.allowedValues&&!o.allowedValues.includes(l)){throw i.errors.exception({header:r,message:`${l} is not an accepted type. Expected one of ${o.allowedValues.join(", ")}.`})}n[e]=l}}return n}};i.nullableConverter=function(e){return(t,r,s)=>{if(t===null){return t}return e(t,r,s)}};i.converters.DOMString=function(e,t,r,s){if(e===null&&s?.legacyNullToEmptyString){return""}if(typeof e==="symbol"){throw i.errors.exception({header:t,message:`${r} is a symbol, which cannot be converted to a DOMString.`})}return String(e)};i.converters.ByteString=function(e,t,r){const s=i.converters.DOMString(e,t,r);for(let e=0;e<s.length;e++){if(s.charCodeAt(e)>255){throw new TypeError("Cannot convert argument to a ByteString because the character at "+`index ${e} has a value of ${s.charCodeAt(e)} which is greater than 255.`)}}return s};i.converters.USVString=A;i.converters.boolean=function(e){const t=Boolean(e);return t};i.converters.any=function(e){return e};i.converters["long long"]=function(e,t,r){const s=i.util.ConvertToInt(e,64,"signed",undefined,t,r);return s};i.converters["unsigned long long"]=function(e,t,r){const s=i.util.ConvertToInt(e,64,"unsigned",undefined,t,r);return s};i.converters["unsigned long"]=function(e,t,r){const s=i.util.ConvertToInt(e,32,"unsigned",undefined,t,r);return s};i.converters["unsigned short"]=function(e,t,r,s){const o=i.util.ConvertToInt(e,16,"unsigned",s,t,r);return o};i.converters.ArrayBuffer=function(e,t,r,o){if(i.util.Type(e)!=="Object"||!s.isAnyArrayBuffer(e)){throw i.errors.conversionFailed({prefix:t,argument:`${r} ("${i.util.Stringify(e)}")`,types:["ArrayBuffer"]})}if(o?.allowShared===false&&s.isSharedArrayBuffer(e)){throw i.errors.exception({header:"ArrayBuffer",message:"SharedArrayBuffer is not allowed."})}if(e.resizable||e.growable){throw i.errors.exception({header:"ArrayBuffer",message:"Received a resizable ArrayBuffer."})}return e};i.converters.TypedArray=function(e,t,r,o,n){if(i.util.Type(e)!=="Object"||!s.isTypedArray(e)||e.constructor.name!==t.name){throw i.errors.conversionFailed({prefix:r,argument:`${o} ("${i.util.Stringify(e)}")`,types:[t.name]})}if(n?.allowShared===false&&s.isSharedArrayBuffer(e.buffer)){throw i.errors.exception({header:"ArrayBuffer",message:"SharedArrayBuffer is not allowed."})}if(e.buffer.resizable||e.buffer.growable){throw i.errors.exception({header:"ArrayBuffer",message:"Received a resizable ArrayBuffer."})}return e};i.converters.DataView=function(e,t,r,o){if(i.util.Type(e)!=="Object"||!s.isDataView(e)){throw i.errors.exception({header:t,message:`${r} is not a DataView.`})}if(o?.allowShared===false&&s.isSharedArrayBuffer(e.buffer)){throw i.errors.exception({header:"ArrayBuffer",message:"SharedArrayBuffer is not allowed."})}if(e.buffer.resizable||e.buffer.growable){throw i.errors.exception({header:"ArrayBuffer",message:"Received a resizable ArrayBuffer."})}return e};i.converters.BufferSource=function(e,t,r,o){if(s.isAnyArrayBuffer(e)){return i.converters.ArrayBuffer(e,t,r,{...o,allowShared:false})}if(s.isTypedArray(e)){return i.converters.TypedArray(e,e.constructor,t,r,{...o,allowShared:false})}if(s.isDataView(e)){return i.converters.DataView(e,t,r,{...o,allowShared:false})}throw i.errors.conversionFailed({prefix:t,argument:`${r} ("${i.util.Stringify(e)}")`,types:["BufferSource"]})};i.converters["sequence<ByteString>"]=i.sequenceConverter(i.converters.ByteString);i.converters["sequence<sequence<ByteString>>"]=i.sequenceConverter(i.converters["sequence<ByteString>"]);i.converters["record<ByteString, ByteString>"]=i.recordConverter(i.converters.ByteString,i.converters.ByteString);e.exports={webidl:i}},1691:e=>{function getEncoding(e){if(!e){return"failure"}switch(e.trim().toLowerCase()){case"unicode-1-1-utf-8":case"unicode11utf8":case"unicode20utf8":case"utf-8":case"utf8":case"x-unicode20utf8":return"UTF-8";case"866":case"cp866":case"csibm866":case"ibm866":return"IBM866";case"csisolatin2":case"iso-8859-2":case"iso-ir-101":case"iso8859-2":case"iso88592":case"iso_8859-2":case"iso_8859-2:1987":case"l2":case"latin2":return"ISO-8859-2";case"csisolatin3":case"iso-8859-3":case"iso-ir-109":case"iso8859-3":case"iso88593":case"iso_8859-3":case"iso_8859-3:1988":case"l3":case"latin3":return"ISO-8859-3";case"csisolatin4":case"iso-8859-4":case"iso-ir-110":case"iso8859-4":case"iso88594":case"iso_8859-4":case"iso_8859-4:1988":case"l4":case"latin4":return"ISO-8859-4";case"csisolatincyrillic":case"cyrillic":case"iso-8859-5":case"iso-ir-144":case"iso8859-5":case"iso88595":case"iso_8859-5":case"iso_8859-5:1988":return"ISO-8859-5";case"arabic":case"asmo-708":case"csiso88596e":case"csiso88596i":case"csisolatinarabic":case"ecma-114":case"iso-8859-6":case"iso-8859-6-e":case"iso-8859-6-i":case"iso-ir-127":case"iso8859-6":case"iso88596":case"iso_8859-6":case"iso_8859-6:1987":return"ISO-8859-6";case"csisolatingreek":case"ecma-118":case"elot_928":case"greek":case"greek8":case"iso-8859-7":case"iso-ir-126":case"iso8859-7":case"iso88597":case"iso_8859-7":case"iso_8859-7:1987":case"sun_eu_greek":return"ISO-8859-7";case"csiso88598e":case"csisolatinhebrew":case"hebrew":case"iso-8859-8":case"iso-8859-8-e":case"iso-ir-138":case"iso8859-8":case"iso88598":case"iso_8859-8":case"iso_8859-8:1988":case"visual":return"ISO-8859-8";case"csiso88598i":case"iso-8859-8-i":case"logical":return"ISO-8859-8-I";case"csisolatin6":case"iso-8859-10":case"iso-ir-157":case"iso8859-10":case"iso885910":case"l6":case"latin6":return"ISO-8859-10";case"iso-8859-13":case"iso8859-13":case"iso885913":return"ISO-8859-13";case"iso-8859-14":case"iso8859-14":case"iso885914":return"ISO-8859-14";case"csisolatin9":case"iso-8859-15":case"iso8859-15":case"iso885915":case"iso_8859-15":case"l9":return"ISO-8859-15";case"iso-8859-16":return"ISO-8859-16";case"cskoi8r":case"koi":case"koi8":case"koi8-r":case"koi8_r":return"KOI8-R";case"koi8-ru":case"koi8-u":return"KOI8-U";case"csmacintosh":case"mac":case"macintosh":case"x-mac-roman":return"macintosh";case"iso-8859-11":case"iso8859-11":case"iso885911":case"tis-620":case"windows-874":return"windows-874";case"cp1250":case"windows-1250":case"x-cp1250":return"windows-1250";case"cp1251":case"windows-1251":case"x-cp1251":return"windows-1251";case"ansi_x3.4-1968":case"ascii":case"cp1252":case"cp819":case"csisolatin1":case"ibm819":case"iso-8859-1":case"iso-ir-100":case"iso8859-1":case"iso88591":case"iso_8859-1":case"iso_8859-1:1987":case"l1":case"latin1":case"us-ascii":case"windows-1252":case"x-cp1252":return"windows-1252";case"cp1253":case"windows-1253":case"x-cp1253":return"windows-1253";case"cp1254":case"csisolatin5":case"iso-8859-9":case"iso-ir-148":case"iso8859-9":case"iso88599":case"iso_8859-9":case"iso_8859-9:1989":case"l5":case"latin5":case"windows-1254":case"x-cp1254":return"windows-1254";case"cp1255":case"windows-1255":case"x-cp1255":return"windows-1255";case"cp1256":case"windows-1256":case"x-cp1256":return"windows-1256";case"cp1257":case"windows-1257":case"x-cp1257":return"windows-1257";case"cp1258":case"windows-1258":case"x-cp1258":return"windows-1258";case"x-mac-cyrillic":case"x-mac-ukrainian":return"x-mac-cyrillic";case"chinese":case"csgb2312":case"csiso58gb231280":case"gb2312":case"gb_2312":case"gb_2312-80":case"gbk":case"iso-ir-58":case"x-gbk":return"GBK";case"gb18030":return"gb18030";case"big5":case"big5-hkscs":case"cn-big5":case"csbig5":case"x-x-big5":return"Big5";case"cseucpkdfmtjapanese":case"euc-jp":case"x-euc-jp":return"EUC-JP";case"csiso2022jp":case"iso-2022-jp":return"ISO-2022-JP";case"csshiftjis":case"ms932":case"ms_kanji":case"shift-jis":case"shift_jis":case"sjis":case"windows-31j":case"x-sjis":return"Shift_JIS";case"cseuckr":case"csksc56011987":case"euc-kr":case"iso-ir-149":case"korean":case"ks_c_5601-1987":case"ks_c_5601-1989":case"ksc5601":case"ksc_5601":case"windows-949":return"EUC-KR";case"csiso2022kr":case"hz-gb-2312":case"iso-2022-cn":case"iso-2022-cn-ext":case"iso-2022-kr":case"replacement":return"replacement";case"unicodefffe":case"utf-16be":return"UTF-16BE";case"csunicode":case"iso-10646-ucs-2":case"ucs-2":case"unicode":case"unicodefeff":case"utf-16":case"utf-16le":return"UTF-16LE";case"x-user-defined":return"x-user-defined";default:return"failure"}}e.exports={getEncoding:getEncoding}},6575:(e,t,r)=>{const{staticPropertyDescriptors:s,readOperation:o,fireAProgressEvent:n}=r(6014);const{kState:A,kError:i,kResult:a,kEvents:c,kAborted:l}=r(8445);const{webidl:u}=r(4625);const{kEnumerableProperty:g}=r(9500);class FileReader extends EventTarget{constructor(){super();this[A]="empty";this[a]=null;this[i]=null;this[c]={loadend:null,error:null,abort:null,load:null,progress:null,loadstart:null}}readAsArrayBuffer(e){u.brandCheck(this,FileReader);u.argumentLengthCheck(arguments,1,"FileReader.readAsArrayBuffer");e=u.converters.Blob(e,{strict:false});o(this,e,"ArrayBuffer")}readAsBinaryString(e){u.brandCheck(this,FileReader);u.argumentLengthCheck(arguments,1,"FileReader.readAsBinaryString");e=u.converters.Blob(e,{strict:false});o(this,e,"BinaryString")}readAsText(e,t=undefined){u.brandCheck(this,FileReader);u.argumentLengthCheck(arguments,1,"FileReader.readAsText");e=u.converters.Blob(e,{strict:false});if(t!==undefined){t=u.converters.DOMString(t,"FileReader.readAsText","encoding")}o(this,e,"Text",t)}readAsDataURL(e){u.brandCheck(this,FileReader);u.argumentLengthCheck(arguments,1,"FileReader.readAsDataURL");e=u.converters.Blob(e,{strict:false});o(this,e,"DataURL")}abort(){if(this[A]==="empty"||this[A]==="done"){this[a]=null;return}if(this[A]==="loading"){this[A]="done";this[a]=null}this[l]=true;n("abort",this);if(this[A]!=="loading"){n("loadend",this)}}get readyState(){u.brandCheck(this,FileReader);switch(this[A]){case"empty":return this.EMPTY;case"loading":return this.LOADING;case"done":return this.DONE}}get result(){u.brandCheck(this,FileReader);return this[a]}get error(){u.brandCheck(this,FileReader);return this[i]}get onloadend(){u.brandCheck(this,FileReader);return this[c].loadend}set onloadend(e){u.brandCheck(this,FileReader);if(this[c].loadend){this.removeEventListener("loadend",this[c].loadend)}if(typeof e==="function"){this[c].loadend=e;this.addEventListener("loadend",e)}else{this[c].loadend=null}}get onerror(){u.brandCheck(this,FileReader);return this[c].error}set onerror(e){u.brandCheck(this,FileReader);if(this[c].error){this.removeEventListener("error",this[c].error)}if(typeof e==="function"){this[c].error=e;this.addEventListener("error",e)}else{this[c].error=null}}get onloadstart(){u.brandCheck(this,FileReader);return this[c].loadstart}set onloadstart(e){u.brandCheck(this,FileReader);if(this[c].loadstart){this.removeEventListener("loadstart",this[c].loadstart)}if(typeof e==="function"){this[c].loadstart=e;this.addEventListener("loadstart",e)}else{this[c].loadstart=null}}get onprogress(){u.brandCheck(this,FileReader);return this[c].progress}set onprogress(e){u.brandCheck(this,FileReader);if(this[c].progress){this.removeEventListener("progress",this[c].progress)}if(typeof e==="function"){this[c].progress=e;this.addEventListener("progress",e)}else{this[c].progress=null}}get onload(){u.brandCheck(this,FileReader);return this[c].load}set onload(e){u.brandCheck(this,FileReader);if(this[c].load){this.removeEventListener("load",this[c].load)}if(typeof e==="function"){this[c].load=e;this.addEventListener("load",e)}else{this[c].load=null}}get onabort(){u.brandCheck(this,FileReader);return this[c].abort}set onabort(e){u.brandCheck(this,FileReader);if(this[c].abort){this.removeEventListener("abort",this[c].abort)}if(typeof e==="function"){this[c].abort=e;this.addEventListener("abort",e)}else{this[c].abort=null}}}FileReader.EMPTY=FileReader.prototype.EMPTY=0;FileReader.LOADING=FileReader.prototype.LOADING=1;FileReader.DONE=FileReader.prototype.DONE=2;Object.defineProperties(FileReader.prototype,{EMPTY:s,LOADING:s,DONE:s,readAsArrayBuffer:g,readAsBinaryString:g,readAsText:g,readAsDataURL:g,abort:g,readyState:g,result:g,error:g,onloadstart:g,onprogress:g,onload:g,onabort:g,onerror:g,onloadend:g,[Symbol.toStringTag]:{value:"FileReader",writable:false,enumerable:false,configurable:true}});Object.defineProperties(FileReader,{EMPTY:s,LOADING:s,DONE:s});e.exports={FileReader:FileReader}},9393:(e,t,r)=>{const{webidl:s}=r(4625);const o=Symbol("ProgressEvent state");class ProgressEvent extends Event{constructor(e,t={}){e=s.converters.DOMString(e,"ProgressEvent constructor","type");t=s.converters.ProgressEventInit(t??{});super(e,t);this[o]={lengthComputable:t.lengthComputable,loaded:t.loaded,total:t.total}}get lengthComputable(){s.brandCheck(this,ProgressEvent);return this[o].lengthComputable}get loaded(){s.brandCheck(this,ProgressEvent);return this[o].loaded}get total(){s.brandCheck(this,ProgressEvent);return this[o].total}}s.converters.ProgressEventInit=s.dictionaryConverter([{key:"lengthComputable",converter:s.converters.boolean,defaultValue:()=>false},{key:"loaded",converter:s.converters["unsigned long long"],defaultValue:()=>0},{key:"total",converter:s.converters["unsigned long long"],defaultValue:()=>0},{key:"bubbles",converter:s.converters.boolean,defaultValue:()=>false},{key:"cancelable",converter:s.converters.boolean,defaultValue:()=>false},{key:"composed",converter:s.converters.boolean,defaultValue:()=>false}]);e.exports={ProgressEvent:ProgressEvent}},8445:e=>{e.exports={kState:Symbol("FileReader state"),kResult:Symbol("FileReader result"),kError:Symbol("FileReader error"),kLastProgressEventFired:Symbol("FileReader last progress event fired timestamp"),kEvents:Symbol("FileReader events"),kAborted:Symbol("FileReader aborted")}},6014:(e,t,r)=>{const{kState:s,kError:o,kResult:n,kAborted:A,kLastProgressEventFired:i}=r(8445);const{ProgressEvent:a}=r(9393);const{getEncoding:c}=r(1691);const{serializeAMimeType:l,parseMIMEType:u}=r(192);const{types:g}=r(7975);const{StringDecoder:h}=r(5574);const{btoa:E}=r(4573);const d={enumerable:true,writable:false,configurable:false};function readOperation(e,t,r,a){if(e[s]==="loading"){throw new DOMException("Invalid state","InvalidStateError")}e[s]="loading";e[n]=null;e[o]=null;const c=t.stream();const l=c.getReader();const u=[];let h=l.read();let E=true;(async()=>{while(!e[A]){try{const{done:c,value:d}=await h;if(E&&!e[A]){queueMicrotask(()=>{fireAProgressEvent("loadstart",e)})}E=false;if(!c&&g.isUint8Array(d)){u.push(d);if((e[i]===undefined||Date.now()-e[i]>=50)&&!e[A]){e[i]=Date.now();queueMicrotask(()=>{fireAProgressEvent("progress",e)})}h=l.read()}else if(c){queueMicrotask(()=>{e[s]="done";try{const s=packageData(u,r,t.type,a);if(e[A]){return}e[n]=s;fireAProgressEvent("load",e)}catch(t){e[o]=t;fireAProgressEvent("error",e)}if(e[s]!=="loading"){fireAProgressEvent("loadend",e)}});break}}catch(t){if(e[A]){return}queueMicrotask(()=>{e[s]="done";e[o]=t;fireAProgressEvent("error",e);if(e[s]!=="loading"){fireAProgressEvent("loadend",e)}});break}}})()}function fireAProgressEvent(e,t){const r=new a(e,{bubbles:false,cancelable:false});t.dispatchEvent(r)}function packageData(e,t,r,s){switch(t){case"DataURL":{let t="data:";const s=u(r||"application/octet-stream");if(s!=="failure"){t+=l(s)}t+=";base64,";const o=new h("latin1");for(const r of e){t+=E(o.write(r))}t+=E(o.end());return t}case"Text":{let t="failure";if(s){t=c(s)}if(t==="failure"&&r){const e=u(r);if(e!=="failure"){t=c(e.parameters.get("charset"))}}if(t==="failure"){t="UTF-8"}return decode(e,t)}case"ArrayBuffer":{const t=combineByteSequences(e);return t.buffer}case"BinaryString":{let t="";const r=new h("latin1");for(const s of e){t+=r.write(s)}t+=r.end();return t}}}function decode(e,t){const r=combineByteSequences(e);const s=BOMSniffing(r);let o=0;if(s!==null){t=s;o=s==="UTF-8"?3:2}const n=r.slice(o);return new TextDecoder(t).decode(n)}function BOMSniffing(e){const[t,r,s]=e;if(t===239&&r===187&&s===191){return"UTF-8"}else if(t===254&&r===255){return"UTF-16BE"}else if(t===255&&r===254){return"UTF-16LE"}return null}function combineByteSequences(e){const t=e.reduce((e,t)=>e+t.byteLength,0);let r=0;return e.reduce((e,t)=>{e.set(t,r);r+=t.byteLength;return e},new Uint8Array(t))}e.exports={staticPropertyDescriptors:d,readOperation:readOperation,fireAProgressEvent:fireAProgressEvent}},773:(e,t,r)=>{const{uid:s,states:o,sentCloseFrameState:n,emptyBuffer:A,opcodes:i}=r(7119);const{kReadyState:a,kSentClose:c,kByteParser:l,kReceivedClose:u,kResponse:g}=r(4911);const{fireEvent:h,failWebsocketConnection:E,isClosing:d,isClosed:p,isEstablished:Q,parseExtensions:f}=r(965);const{channels:B}=r(5458);const{CloseEvent:I}=r(6760);const{makeRequest:m}=r(9683);const{fetching:w}=r(4202);const{Headers:y,getHeadersList:b}=r(3408);const{getDecodeSplit:k}=r(1204);const{WebsocketFrameSend:R}=r(9676);let D;try{D=r(7598)}catch{}function establishWebSocketConnection(e,t,r,o,n,A){const i=e;i.protocol=e.protocol==="ws:"?"http:":"https:";const a=m({urlList:[i],client:r,serviceWorkers:"none",referrer:"no-referrer",mode:"websocket",credentials:"include",cache:"no-store",redirect:"error"});if(A.headers){const e=b(new y(A.headers));a.headersList=e}const c=D.randomBytes(16).toString("base64");a.headersList.append("sec-websocket-key",c);a.headersList.append("sec-websocket-version","13");for(const e of t){a.headersList.append("sec-websocket-protocol",e)}const l="permessage-deflate; client_max_window_bits";a.headersList.append("sec-websocket-extensions",l);const u=w({request:a,useParallelQueue:true,dispatcher:A.dispatcher,processResponse(e){if(e.type==="error"||e.status!==101){E(o,"Received network error or non-101 status code.");return}if(t.length!==0&&!e.headersList.get("Sec-WebSocket-Protocol")){E(o,"Server did not respond with sent protocols.");return}if(e.headersList.get("Upgrade")?.toLowerCase()!=="websocket"){E(o,'Server did not set Upgrade header to "websocket".');return}if(e.headersList.get("Connection")?.toLowerCase()!=="upgrade"){E(o,'Server did not set Connection header to "upgrade".');return}const r=e.headersList.get("Sec-WebSocket-Accept");const A=D.createHash("sha1").update(c+s).digest("base64");if(r!==A){E(o,"Incorrect hash received in Sec-WebSocket-Accept header.");return}const i=e.headersList.get("Sec-WebSocket-Extensions");let l;if(i!==null){l=f(i);if(!l.has("permessage-deflate")){E(o,"Sec-WebSocket-Extensions header does not match.");return}}const u=e.headersList.get("Sec-WebSocket-Protocol");if(u!==null){const e=k("sec-websocket-protocol",a.headersList);if(e===null||!e.includes(u)){E(o,"Protocol was not set in the opening handshake.");return}}e.socket.on("data",onSocketData);e.socket.on("close",onSocketClose);e.socket.on("error",onSocketError);if(B.open.hasSubscribers){B.open.publish({address:e.socket.address(),protocol:u,extensions:i})}n(e,l)}});return u}function closeWebSocketConnection(e,t,r,s){if(d(e)||p(e)){}else if(!Q(e)){E(e,"Connection was closed before it was established.");e[a]=o.CLOSING}else if(e[c]===n.NOT_SENT){e[c]=n.PROCESSING;const l=new R;if(t!==undefined&&r===undefined){l.frameData=Buffer.allocUnsafe(2);l.frameData.writeUInt16BE(t,0)}else if(t!==undefined&&r!==undefined){l.frameData=Buffer.allocUnsafe(2+s);l.frameData.writeUInt16BE(t,0);l.frameData.write(r,2,"utf-8")}else{l.frameData=A}const u=e[g].socket;u.write(l.createFrame(i.CLOSE));e[c]=n.SENT;e[a]=o.CLOSING}else{e[a]=o.CLOSING}}function onSocketData(e){if(!this.ws[l].write(e)){this.pause()}}function onSocketClose(){const{ws:e}=this;const{[g]:t}=e;t.socket.off("data",onSocketData);t.socket.off("close",onSocketClose);t.socket.off("error",onSocketError);const r=e[c]===n.SENT&&e[u];let s=1005;let A="";const i=e[l].closingInfo;if(i&&!i.error){s=i.code??1005;A=i.reason}else if(!e[u]){s=1006}e[a]=o.CLOSED;h("close",e,(e,t)=>new I(e,t),{wasClean:r,code:s,reason:A});if(B.close.hasSubscribers){B.close.publish({websocket:e,code:s,reason:A})}}function onSocketError(e){const{ws:t}=this;t[a]=o.CLOSING;if(B.socketError.hasSubscribers){B.socketError.publish(e)}this.destroy()}e.exports={establishWebSocketConnection:establishWebSocketConnection,closeWebSocketConnection:closeWebSocketConnection}},7119:e=>{const t="258EAFA5-E914-47DA-95CA-C5AB0DC85B11";const r={enumerable:true,writable:false,configurable:false};const s={CONNECTING:0,OPEN:1,CLOSING:2,CLOSED:3};const o={NOT_SENT:0,PROCESSING:1,SENT:2};const n={CONTINUATION:0,TEXT:1,BINARY:2,CLOSE:8,PING:9,PONG:10};const A=2**16-1;const i={INFO:0,PAYLOADLENGTH_16:2,PAYLOADLENGTH_64:3,READ_DATA:4};const a=Buffer.allocUnsafe(0);const c={string:1,typedArray:2,arrayBuffer:3,blob:4};e.exports={uid:t,sentCloseFrameState:o,staticPropertyDescriptors:r,states:s,opcodes:n,maxUnsigned16Bit:A,parserStates:i,emptyBuffer:a,sendHints:c}},6760:(e,t,r)=>{const{webidl:s}=r(4625);const{kEnumerableProperty:o}=r(9500);const{kConstruct:n}=r(8031);const{MessagePort:A}=r(5919);class MessageEvent extends Event{#Z;constructor(e,t={}){if(e===n){super(arguments[1],arguments[2]);s.util.markAsUncloneable(this);return}const r="MessageEvent constructor";s.argumentLengthCheck(arguments,1,r);e=s.converters.DOMString(e,r,"type");t=s.converters.MessageEventInit(t,r,"eventInitDict");super(e,t);this.#Z=t;s.util.markAsUncloneable(this)}get data(){s.brandCheck(this,MessageEvent);return this.#Z.data}get origin(){s.brandCheck(this,MessageEvent);return this.#Z.origin}get lastEventId(){s.brandCheck(this,MessageEvent);return this.#Z.lastEventId}get source(){s.brandCheck(this,MessageEvent);return this.#Z.source}get ports(){s.brandCheck(this,MessageEvent);if(!Object.isFrozen(this.#Z.ports)){Object.freeze(this.#Z.ports)}return this.#Z.ports}initMessageEvent(e,t=false,r=false,o=null,n="",A="",i=null,a=[]){s.brandCheck(this,MessageEvent);s.argumentLengthCheck(arguments,1,"MessageEvent.initMessageEvent");return new MessageEvent(e,{bubbles:t,cancelable:r,data:o,origin:n,lastEventId:A,source:i,ports:a})}static createFastMessageEvent(e,t){const r=new MessageEvent(n,e,t);r.#Z=t;r.#Z.data??=null;r.#Z.origin??="";r.#Z.lastEventId??="";r.#Z.source??=null;r.#Z.ports??=[];return r}}const{createFastMessageEvent:i}=MessageEvent;delete MessageEvent.createFastMessageEvent;class CloseEvent extends Event{#Z;constructor(e,t={}){const r="CloseEvent constructor";s.argumentLengthCheck(arguments,1,r);e=s.converters.DOMString(e,r,"type");t=s.converters.CloseEventInit(t);super(e,t);this.#Z=t;s.util.markAsUncloneable(this)}get wasClean(){s.brandCheck(this,CloseEvent);return this.#Z.wasClean}get code(){s.brandCheck(this,CloseEvent);return this.#Z.code}get reason(){s.brandCheck(this,CloseEvent);return this.#Z.reason}}class ErrorEvent extends Event{#Z;constructor(e,t){const r="ErrorEvent constructor";s.argumentLengthCheck(arguments,1,r);super(e,t);s.util.markAsUncloneable(this);e=s.converters.DOMString(e,r,"type");t=s.converters.ErrorEventInit(t??{});this.#Z=t}get message(){s.brandCheck(this,ErrorEvent);return this.#Z.message}get filename(){s.brandCheck(this,ErrorEvent);return this.#Z.filename}get lineno(){s.brandCheck(this,ErrorEvent);return this.#Z.lineno}get colno(){s.brandCheck(this,ErrorEvent);return this.#Z.colno}get error(){s.brandCheck(this,ErrorEvent);return this.#Z.error}}Object.defineProperties(MessageEvent.prototype,{[Symbol.toStringTag]:{value:"MessageEvent",configurable:true},data:o,origin:o,lastEventId:o,source:o,ports:o,initMessageEvent:o});Object.defineProperties(CloseEvent.prototype,{[Symbol.toStringTag]:{value:"CloseEvent",configurable:true},reason:o,code:o,wasClean:o});Object.defineProperties(ErrorEvent.prototype,{[Symbol.toStringTag]:{value:"ErrorEvent",configurable:true},message:o,filename:o,lineno:o,colno:o,error:o});s.converters.MessagePort=s.interfaceConverter(A);s.converters["sequence<MessagePort>"]=s.sequenceConverter(s.converters.MessagePort);const a=[{key:"bubbles",converter:s.converters.boolean,defaultValue:()=>false},{key:"cancelable",converter:s.converters.boolean,defaultValue:()=>false},{key:"composed",converter:s.converters.boolean,defaultValue:()=>false}];s.converters.MessageEventInit=s.dictionaryConverter([...a,{key:"data",converter:s.converters.any,defaultValue:()=>null},{key:"origin",converter:s.converters.USVString,defaultValue:()=>""},{key:"lastEventId",converter:s.converters.DOMString,defaultValue:()=>""},{key:"source",converter:s.nullableConverter(s.converters.MessagePort),defaultValue:()=>null},{key:"ports",converter:s.converters["sequence<MessagePort>"],defaultValue:()=>new Array(0)}]);s.converters.CloseEventInit=s.dictionaryConverter([...a,{key:"wasClean",converter:s.converters.boolean,defaultValue:()=>false},{key:"code",converter:s.converters["unsigned short"],defaultValue:()=>0},{key:"reason",converter:s.converters.USVString,defaultValue:()=>""}]);s.converters.ErrorEventInit=s.dictionaryConverter([...a,{key:"message",converter:s.converters.DOMString,defaultValue:()=>""},{key:"filename",converter:s.converters.USVString,defaultValue:()=>""},{key:"lineno",converter:s.converters["unsigned long"],defaultValue:()=>0},{key:"colno",converter:s.converters["unsigned long"],defaultValue:()=>0},{key:"error",converter:s.converters.any}]);e.exports={MessageEvent:MessageEvent,CloseEvent:CloseEvent,ErrorEvent:ErrorEvent,createFastMessageEvent:i}},9676:(e,t,r)=>{const{maxUnsigned16Bit:s}=r(7119);const o=16386;let n;let A=null;let i=o;try{n=r(7598)}catch{n={randomFillSync:function randomFillSync(e,t,r){for(let t=0;t<e.length;++t){e[t]=Math.random()*255|0}return e}}}function generateMask(){if(i===o){i=0;n.randomFillSync(A??=Buffer.allocUnsafe(o),0,o)}return[A[i++],A[i++],A[i++],A[i++]]}class WebsocketFrameSend{constructor(e){this.frameData=e}createFrame(e){const t=this.frameData;const r=generateMask();const o=t?.byteLength??0;let n=o;let A=6;if(o>s){A+=8;n=127}else if(o>125){A+=2;n=126}const i=Buffer.allocUnsafe(o+A);i[0]=i[1]=0;i[0]|=128;i[0]=(i[0]&240)+e;
/*! ws. MIT License. Einar Otto Stangvik <einaros@gmail.com> */i[A-4]=r[0];i[A-3]=r[1];i[A-2]=r[2];i[A-1]=r[3];i[1]=n;if(n===126){i.writeUInt16BE(o,2)}else if(n===127){i[2]=i[3]=0;i.writeUIntBE(o,4,6)}i[1]|=128;for(let e=0;e<o;++e){i[A+e]=t[e]^r[e&3]}return i}}e.exports={WebsocketFrameSend:WebsocketFrameSend}},4841:(e,t,r)=>{const{createInflateRaw:s,Z_DEFAULT_WINDOWBITS:o}=r(8522);const{isValidClientWindowBits:n}=r(965);const{MessageSizeExceededError:A}=r(3959);const i=Buffer.from([0,0,255,255]);const a=Symbol("kBuffer");const c=Symbol("kLength");class PerMessageDeflate{#K;#d={};#X=0;constructor(e,t){this.#d.serverNoContextTakeover=e.has("server_no_context_takeover");this.#d.serverMaxWindowBits=e.get("server_max_window_bits");this.#X=t.maxPayloadSize}decompress(e,t,r){if(!this.#K){let e=o;if(this.#d.serverMaxWindowBits){if(!n(this.#d.serverMaxWindowBits)){r(new Error("Invalid server_max_window_bits"));return}e=Number.parseInt(this.#d.serverMaxWindowBits)}try{this.#K=s({windowBits:e})}catch(e){r(e);return}this.#K[a]=[];this.#K[c]=0;this.#K.on("data",e=>{this.#K[c]+=e.length;if(this.#X>0&&this.#K[c]>this.#X){r(new A);this.#K.removeAllListeners();this.#K.destroy();this.#K=null;return}this.#K[a].push(e)});this.#K.on("error",e=>{this.#K=null;r(e)})}this.#K.write(e);if(t){this.#K.write(i)}this.#K.flush(()=>{if(!this.#K){return}const e=Buffer.concat(this.#K[a],this.#K[c]);this.#K[a].length=0;this.#K[c]=0;r(null,e)})}}e.exports={PerMessageDeflate:PerMessageDeflate}},1872:(e,t,r)=>{const{Writable:s}=r(7075);const o=r(4589);const{parserStates:n,opcodes:A,states:i,emptyBuffer:a,sentCloseFrameState:c}=r(7119);const{kReadyState:l,kSentClose:u,kResponse:g,kReceivedClose:h}=r(4911);const{channels:E}=r(5458);const{isValidStatusCode:d,isValidOpcode:p,failWebsocketConnection:Q,websocketMessageReceived:f,utf8Decode:B,isControlFrame:I,isTextBinaryFrame:m,isContinuationFrame:w}=r(965);const{WebsocketFrameSend:y}=r(9676);const{closeWebSocketConnection:b}=r(773);const{PerMessageDeflate:k}=r(4841);const{MessageSizeExceededError:R}=r(3959);function failWebsocketConnectionWithCode(e,t,r){b(e,t,r,Buffer.byteLength(r));Q(e,r)}class ByteParser extends s{#ee=[];#te=0;#re=0;#se=false;#m=n.INFO;#oe={};#ne=[];#Ae;#ie;#X;constructor(e,t,r={}){super();this.ws=e;this.#Ae=t==null?new Map:t;this.#ie=r.maxFragments??0;this.#X=r.maxPayloadSize??0;if(this.#Ae.has("permessage-deflate")){this.#Ae.set("permessage-deflate",new k(t,r))}}_write(e,t,r){this.#ee.push(e);this.#re+=e.length;this.#se=true;this.run(r)}#ae(){if(this.#X>0&&!I(this.#oe.opcode)&&this.#oe.payloadLength+this.#te>this.#X){failWebsocketConnectionWithCode(this.ws,1009,"Payload size exceeds maximum allowed size");return false}return true}run(e){while(this.#se){if(this.#m===n.INFO){if(this.#re<2){return e()}const t=this.consume(2);const r=(t[0]&128)!==0;const s=t[0]&15;const o=(t[1]&128)===128;const i=!r&&s!==A.CONTINUATION;const a=t[1]&127;const c=t[0]&64;const l=t[0]&32;const u=t[0]&16;if(!p(s)){Q(this.ws,"Invalid opcode received");return e()}if(o){Q(this.ws,"Frame cannot be masked");return e()}if(c!==0&&!this.#Ae.has("permessage-deflate")){Q(this.ws,"Expected RSV1 to be clear.");return}if(l!==0||u!==0){Q(this.ws,"RSV1, RSV2, RSV3 must be clear");return}if(i&&!m(s)){Q(this.ws,"Invalid frame type was fragmented.");return}if(m(s)&&this.#ne.length>0){Q(this.ws,"Expected continuation frame");return}if(this.#oe.fragmented&&i){Q(this.ws,"Fragmented frame exceeded 125 bytes.");return}if((a>125||i)&&I(s)){Q(this.ws,"Control frame either too large or fragmented");return}if(w(s)&&this.#ne.length===0&&!this.#oe.compressed){Q(this.ws,"Unexpected continuation frame");return}if(a<=125){this.#oe.payloadLength=a;this.#m=n.READ_DATA;if(!this.#ae()){return}}else if(a===126){this.#m=n.PAYLOADLENGTH_16}else if(a===127){this.#m=n.PAYLOADLENGTH_64}if(m(s)){this.#oe.binaryType=s;this.#oe.compressed=c!==0}this.#oe.opcode=s;this.#oe.masked=o;this.#oe.fin=r;this.#oe.fragmented=i}else if(this.#m===n.PAYLOADLENGTH_16){if(this.#re<2){return e()}const t=this.consume(2);this.#oe.payloadLength=t.readUInt16BE(0);this.#m=n.READ_DATA;if(!this.#ae()){return}}else if(this.#m===n.PAYLOADLENGTH_64){if(this.#re<8){return e()}const t=this.consume(8);const r=t.readUInt32BE(0);const s=t.readUInt32BE(4);if(r!==0||s>2**31-1){Q(this.ws,"Received payload length > 2^31 bytes.");return}this.#oe.payloadLength=s;this.#m=n.READ_DATA;if(!this.#ae()){return}}else if(this.#m===n.READ_DATA){if(this.#re<this.#oe.payloadLength){return e()}const t=this.consume(this.#oe.payloadLength);if(I(this.#oe.opcode)){this.#se=this.parseControlFrame(t);this.#m=n.INFO;const r=this.ws[g].socket;if(this.#se&&r.writableNeedDrain){this.#se=false;r.once("drain",()=>{if(this.destroyed)return;this.#se=true;this.run(e)});return}}else{if(!this.#oe.compressed){if(!this.writeFragments(t)){return}if(this.#X>0&&this.#te>this.#X){failWebsocketConnectionWithCode(this.ws,1009,(new R).message);return}if(!this.#oe.fragmented&&this.#oe.fin){f(this.ws,this.#oe.binaryType,this.consumeFragments())}this.#m=n.INFO}else{this.#Ae.get("permessage-deflate").decompress(t,this.#oe.fin,(t,r)=>{if(t){const e=t instanceof R?1009:1007;failWebsocketConnectionWithCode(this.ws,e,t.message);return}if(!this.writeFragments(r)){return}if(this.#X>0&&this.#te>this.#X){failWebsocketConnectionWithCode(this.ws,1009,(new R).message);return}if(!this.#oe.fin){this.#m=n.INFO;this.#se=true;this.run(e);return}f(this.ws,this.#oe.binaryType,this.consumeFragments());this.#se=true;this.#m=n.INFO;this.run(e)});this.#se=false;break}}}}}consume(e){if(e>this.#re){throw new Error("Called consume() before buffers satiated.")}else if(e===0){return a}if(this.#ee[0].length===e){this.#re-=this.#ee[0].length;return this.#ee.shift()}const t=Buffer.allocUnsafe(e);let r=0;while(r!==e){const s=this.#ee[0];const{length:o}=s;if(o+r===e){t.set(this.#ee.shift(),r);break}else if(o+r>e){t.set(s.subarray(0,e-r),r);this.#ee[0]=s.subarray(e-r);break}else{t.set(this.#ee.shift(),r);r+=s.length}}this.#re-=e;return t}writeFragments(e){if(this.#ie>0&&this.#ne.length===this.#ie){failWebsocketConnectionWithCode(this.ws,1008,"Too many message fragments");return false}this.#te+=e.length;this.#ne.push(e);return true}consumeFragments(){const e=this.#ne;if(e.length===1){this.#te=0;return e.shift()}const t=Buffer.concat(e,this.#te);this.#ne=[];this.#te=0;return t}parseCloseBody(e){o(e.length!==1);let t;if(e.length>=2){t=e.readUInt16BE(0)}if(t!==undefined&&!d(t)){return{code:1002,reason:"Invalid status code",error:true}}let r=e.subarray(2);if(r[0]===239&&r[1]===187&&r[2]===191){r=r.subarray(3)}try{r=B(r)}catch{return{code:1007,reason:"Invalid UTF-8",error:true}}return{code:t,reason:r,error:false}}parseControlFrame(e){const{opcode:t,payloadLength:r}=this.#oe;if(t===A.CLOSE){if(r===1){Q(this.ws,"Received close frame with a 1-byte body.");return false}this.#oe.closeInfo=this.parseCloseBody(e);if(this.#oe.closeInfo.error){const{code:e,reason:t}=this.#oe.closeInfo;b(this.ws,e,t,t.length);Q(this.ws,t);return false}if(this.ws[u]!==c.SENT){let e=a;if(this.#oe.closeInfo.code){e=Buffer.allocUnsafe(2);e.writeUInt16BE(this.#oe.closeInfo.code,0)}const t=new y(e);this.ws[g].socket.write(t.createFrame(A.CLOSE),e=>{if(!e){this.ws[u]=c.SENT}})}this.ws[l]=i.CLOSING;this.ws[h]=true;return false}else if(t===A.PING){if(!this.ws[h]){const t=new y(e);this.ws[g].socket.write(t.createFrame(A.PONG));if(E.ping.hasSubscribers){E.ping.publish({payload:e})}}}else if(t===A.PONG){if(E.pong.hasSubscribers){E.pong.publish({payload:e})}}return true}get closingInfo(){return this.#oe.closeInfo}}e.exports={ByteParser:ByteParser}},504:(e,t,r)=>{const{WebsocketFrameSend:s}=r(9676);const{opcodes:o,sendHints:n}=r(7119);const A=r(5464);const i=Buffer[Symbol.species];class SendQueue{#ce=new A;#le=false;#ue;constructor(e){this.#ue=e}add(e,t,r){if(r!==n.blob){const s=createFrame(e,r);if(!this.#le){this.#ue.write(s,t)}else{const e={promise:null,callback:t,frame:s};this.#ce.push(e)}return}const s={promise:e.arrayBuffer().then(e=>{s.promise=null;s.frame=createFrame(e,r)}),callback:t,frame:null};this.#ce.push(s);if(!this.#le){this.#ge()}}async#ge(){this.#le=true;const e=this.#ce;while(!e.isEmpty()){const t=e.shift();if(t.promise!==null){await t.promise}this.#ue.write(t.frame,t.callback);t.callback=t.frame=null}this.#le=false}}function createFrame(e,t){return new s(toBuffer(e,t)).createFrame(t===n.string?o.TEXT:o.BINARY)}function toBuffer(e,t){switch(t){case n.string:return Buffer.from(e);case n.arrayBuffer:case n.blob:return new i(e);case n.typedArray:return new i(e.buffer,e.byteOffset,e.byteLength)}}e.exports={SendQueue:SendQueue}},4911:e=>{e.exports={kWebSocketURL:Symbol("url"),kReadyState:Symbol("ready state"),kController:Symbol("controller"),kResponse:Symbol("response"),kBinaryType:Symbol("binary type"),kSentClose:Symbol("sent close"),kReceivedClose:Symbol("received close"),kByteParser:Symbol("byte parser")}},965:(e,t,r)=>{const{kReadyState:s,kController:o,kResponse:n,kBinaryType:A,kWebSocketURL:i}=r(4911);const{states:a,opcodes:c}=r(7119);const{ErrorEvent:l,createFastMessageEvent:u}=r(6760);const{isUtf8:g}=r(4573);const{collectASequenceOfCodePointsFast:h,removeHTTPWhitespace:E}=r(192);function isConnecting(e){return e[s]===a.CONNECTING}function isEstablished(e){return e[s]===a.OPEN}function isClosing(e){return e[s]===a.CLOSING}function isClosed(e){return e[s]===a.CLOSED}function fireEvent(e,t,r=(e,t)=>new Event(e,t),s={}){const o=r(e,s);t.dispatchEvent(o)}function websocketMessageReceived(e,t,r){if(e[s]!==a.OPEN){return}let o;if(t===c.TEXT){try{o=Q(r)}catch{failWebsocketConnection(e,"Received invalid UTF-8 in text frame.");return}}else if(t===c.BINARY){if(e[A]==="blob"){o=new Blob([r])}else{o=toArrayBuffer(r)}}fireEvent("message",e,u,{origin:e[i].origin,data:o})}function toArrayBuffer(e){if(e.byteLength===e.buffer.byteLength){return e.buffer}return e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)}function isValidSubprotocol(e){if(e.length===0){return false}for(let t=0;t<e.length;++t){const r=e.charCodeAt(t);if(r<33||r>126||r===34||r===40||r===41||r===44||r===47||r===58||r===59||r===60||r===61||r===62||r===63||r===64||r===91||r===92||r===93||r===123||r===125){return false}}return true}function isValidStatusCode(e){if(e>=1e3&&e<1015){return e!==1004&&e!==1005&&e!==1006}return e>=3e3&&e<=4999}function failWebsocketConnection(e,t){const{[o]:r,[n]:s}=e;r.abort();if(s?.socket&&!s.socket.destroyed){s.socket.destroy()}if(t){fireEvent("error",e,(e,t)=>new l(e,t),{error:new Error(t),message:t})}}function isControlFrame(e){return e===c.CLOSE||e===c.PING||e===c.PONG}function isContinuationFrame(e){return e===c.CONTINUATION}function isTextBinaryFrame(e){return e===c.TEXT||e===c.BINARY}function isValidOpcode(e){return isTextBinaryFrame(e)||isContinuationFrame(e)||isControlFrame(e)}function parseExtensions(e){const t={position:0};const r=new Map;while(t.position<e.length){const s=h(";",e,t);const[o,n=""]=s.split("=");r.set(E(o,true,false),E(n,false,true));t.position++}return r}function isValidClientWindowBits(e){if(e.length===0){return false}for(let t=0;t<e.length;t++){const r=e.charCodeAt(t);if(r<48||r>57){return false}}const t=Number.parseInt(e,10);return t>=8&&t<=15}const d=typeof process.versions.icu==="string";const p=d?new TextDecoder("utf-8",{fatal:true}):undefined;const Q=d?p.decode.bind(p):function(e){if(g(e)){return e.toString("utf-8")}throw new TypeError("Invalid utf-8 received.")};e.exports={isConnecting:isConnecting,isEstablished:isEstablished,isClosing:isClosing,isClosed:isClosed,fireEvent:fireEvent,isValidSubprotocol:isValidSubprotocol,isValidStatusCode:isValidStatusCode,failWebsocketConnection:failWebsocketConnection,websocketMessageReceived:websocketMessageReceived,utf8Decode:Q,isControlFrame:isControlFrame,isContinuationFrame:isContinuationFrame,isTextBinaryFrame:isTextBinaryFrame,isValidOpcode:isValidOpcode,parseExtensions:parseExtensions,isValidClientWindowBits:isValidClientWindowBits}},2522:(e,t,r)=>{const{webidl:s}=r(4625);const{URLSerializer:o}=r(192);const{environmentSettingsObject:n}=r(1204);const{staticPropertyDescriptors:A,states:i,sentCloseFrameState:a,sendHints:c}=r(7119);const{kWebSocketURL:l,kReadyState:u,kController:g,kBinaryType:h,kResponse:E,kSentClose:d,kByteParser:p}=r(4911);const{isConnecting:Q,isEstablished:f,isClosing:B,isValidSubprotocol:I,fireEvent:m}=r(965);const{establishWebSocketConnection:w,closeWebSocketConnection:y}=r(773);const{ByteParser:b}=r(1872);const{kEnumerableProperty:k,isBlobLike:R}=r(9500);const{getGlobalDispatcher:D}=r(1481);const{types:T}=r(7975);const{ErrorEvent:S,CloseEvent:F}=r(6760);const{SendQueue:v}=r(504);class WebSocket extends EventTarget{#G={open:null,error:null,close:null,message:null};#he=0;#Ee="";#Ae="";#de;constructor(e,t=[]){super();s.util.markAsUncloneable(this);const r="WebSocket constructor";s.argumentLengthCheck(arguments,1,r);const o=s.converters["DOMString or sequence<DOMString> or WebSocketInit"](t,r,"options");e=s.converters.USVString(e,r,"url");t=o.protocols;const A=n.settingsObject.baseUrl;let i;try{i=new URL(e,A)}catch(e){throw new DOMException(e,"SyntaxError")}if(i.protocol==="http:"){i.protocol="ws:"}else if(i.protocol==="https:"){i.protocol="wss:"}if(i.protocol!=="ws:"&&i.protocol!=="wss:"){throw new DOMException(`Expected a ws: or wss: protocol, got ${i.protocol}`,"SyntaxError")}if(i.hash||i.href.endsWith("#")){throw new DOMException("Got fragment","SyntaxError")}if(typeof t==="string"){t=[t]}if(t.length!==new Set(t.map(e=>e.toLowerCase())).size){throw new DOMException("Invalid Sec-WebSocket-Protocol value","SyntaxError")}if(t.length>0&&!t.every(e=>I(e))){throw new DOMException("Invalid Sec-WebSocket-Protocol value","SyntaxError")}this[l]=new URL(i.href);const c=n.settingsObject;this[g]=w(i,t,c,this,(e,t)=>this.#pe(e,t),o);this[u]=WebSocket.CONNECTING;this[d]=a.NOT_SENT;this[h]="blob"}close(e=undefined,t=undefined){s.brandCheck(this,WebSocket);const r="WebSocket.close";if(e!==undefined){e=s.converters["unsigned short"](e,r,"code",{clamp:true})}if(t!==undefined){t=s.converters.USVString(t,r,"reason")}if(e!==undefined){if(e!==1e3&&(e<3e3||e>4999)){throw new DOMException("invalid code","InvalidAccessError")}}let o=0;if(t!==undefined){o=Buffer.byteLength(t);if(o>123){throw new DOMException(`Reason must be less than 123 bytes; received ${o}`,"SyntaxError")}}y(this,e,t,o)}send(e){s.brandCheck(this,WebSocket);const t="WebSocket.send";s.argumentLengthCheck(arguments,1,t);e=s.converters.WebSocketSendData(e,t,"data");if(Q(this)){throw new DOMException("Sent before connected.","InvalidStateError")}if(!f(this)||B(this)){return}if(typeof e==="string"){const t=Buffer.byteLength(e);this.#he+=t;this.#de.add(e,()=>{this.#he-=t},c.string)}else if(T.isArrayBuffer(e)){this.#he+=e.byteLength;this.#de.add(e,()=>{this.#he-=e.byteLength},c.arrayBuffer)}else if(ArrayBuffer.isView(e)){this.#he+=e.byteLength;this.#de.add(e,()=>{this.#he-=e.byteLength},c.typedArray)}else if(R(e)){this.#he+=e.size;this.#de.add(e,()=>{this.#he-=e.size},c.blob)}}get readyState(){s.brandCheck(this,WebSocket);return this[u]}get bufferedAmount(){s.brandCheck(this,WebSocket);return this.#he}get url(){s.brandCheck(this,WebSocket);return o(this[l])}get extensions(){s.brandCheck(this,WebSocket);return this.#Ae}get protocol(){s.brandCheck(this,WebSocket);return this.#Ee}get onopen(){s.brandCheck(this,WebSocket);return this.#G.open}set onopen(e){s.brandCheck(this,WebSocket);if(this.#G.open){this.removeEventListener("open",this.#G.open)}if(typeof e==="function"){this.#G.open=e;this.addEventListener("open",e)}else{this.#G.open=null}}get onerror(){s.brandCheck(this,WebSocket);return this.#G.error}set onerror(e){s.brandCheck(this,WebSocket);if(this.#G.error){this.removeEventListener("error",this.#G.error)}if(typeof e==="function"){this.#G.error=e;this.addEventListener("error",e)}else{this.#G.error=null}}get onclose(){s.brandCheck(this,WebSocket);return this.#G.close}set onclose(e){s.brandCheck(this,WebSocket);if(this.#G.close){this.removeEventListener("close",this.#G.close)}if(typeof e==="function"){this.#G.close=e;this.addEventListener("close",e)}else{this.#G.close=null}}get onmessage(){s.brandCheck(this,WebSocket);return this.#G.message}set onmessage(e){s.brandCheck(this,WebSocket);if(this.#G.message){this.removeEventListener("message",this.#G.message)}if(typeof e==="function"){this.#G.message=e;this.addEventListener("message",e)}else{this.#G.message=null}}get binaryType(){s.brandCheck(this,WebSocket);return this[h]}set binaryType(e){s.brandCheck(this,WebSocket);if(e!=="blob"&&e!=="arraybuffer"){this[h]="blob"}else{this[h]=e}}#pe(e,t){this[E]=e;const r=this[g]?.dispatcher?.webSocketOptions;const s=r?.maxFragments;const o=r?.maxPayloadSize;const n=new b(this,t,{maxFragments:s,maxPayloadSize:o});n.on("drain",onParserDrain);n.on("error",onParserError.bind(this));e.socket.ws=this;this[p]=n;this.#de=new v(e.socket);this[u]=i.OPEN;const A=e.headersList.get("sec-websocket-extensions");if(A!==null){this.#Ae=A}const a=e.headersList.get("sec-websocket-protocol");if(a!==null){this.#Ee=a}m("open",this)}}WebSocket.CONNECTING=WebSocket.prototype.CONNECTING=i.CONNECTING;WebSocket.OPEN=WebSocket.prototype.OPEN=i.OPEN;WebSocket.CLOSING=WebSocket.prototype.CLOSING=i.CLOSING;WebSocket.CLOSED=WebSocket.prototype.CLOSED=i.CLOSED;Object.defineProperties(WebSocket.prototype,{CONNECTING:A,OPEN:A,CLOSING:A,CLOSED:A,url:k,readyState:k,bufferedAmount:k,onopen:k,onerror:k,onclose:k,close:k,onmessage:k,binaryType:k,send:k,extensions:k,protocol:k,[Symbol.toStringTag]:{value:"WebSocket",writable:false,enumerable:false,configurable:true}});Object.defineProperties(WebSocket,{CONNECTING:A,OPEN:A,CLOSING:A,CLOSED:A});s.converters["sequence<DOMString>"]=s.sequenceConverter(s.converters.DOMString);s.converters["DOMString or sequence<DOMString>"]=function(e,t,r){if(s.util.Type(e)==="Object"&&Symbol.iterator in e){return s.converters["sequence<DOMString>"](e)}return s.converters.DOMString(e,t,r)};s.converters.WebSocketInit=s.dictionaryConverter([{key:"protocols",converter:s.converters["DOMString or sequence<DOMString>"],defaultValue:()=>new Array(0)},{key:"dispatcher",converter:s.converters.any,defaultValue:()=>D()},{key:"headers",converter:s.nullableConverter(s.converters.HeadersInit)}]);s.converters["DOMString or sequence<DOMString> or WebSocketInit"]=function(e){if(s.util.Type(e)==="Object"&&!(Symbol.iterator in e)){return s.converters.WebSocketInit(e)}return{protocols:s.converters["DOMString or sequence<DOMString>"](e)}};s.converters.WebSocketSendData=function(e){if(s.util.Type(e)==="Object"){if(R(e)){return s.converters.Blob(e,{strict:false})}if(ArrayBuffer.isView(e)||T.isArrayBuffer(e)){return s.converters.BufferSource(e)}}return s.converters.USVString(e)};function onParserDrain(){this.ws[E].socket.resume()}function onParserError(e){let t;let r;if(e instanceof F){t=e.reason;r=e.code}else{t=e.message}m("error",this,()=>new S("error",{error:e,message:t}));y(this,r)}e.exports={WebSocket:WebSocket}},3018:(e,t,r)=>{r.a(e,async(e,t)=>{try{var s=r(4101);await(0,s.i)();t()}catch(e){t(e)}},1)},4101:(t,r,s)=>{s.d(r,{i:()=>main});const o=e(import.meta.url)("fs");const n=e(import.meta.url)("os");class Context{constructor(){var e,t,r;this.payload={};if(process.env.GITHUB_EVENT_PATH){if((0,o.existsSync)(process.env.GITHUB_EVENT_PATH)){this.payload=JSON.parse((0,o.readFileSync)(process.env.GITHUB_EVENT_PATH,{encoding:"utf8"}))}else{const e=process.env.GITHUB_EVENT_PATH;process.stdout.write(`GITHUB_EVENT_PATH ${e} does not exist${n.EOL}`)}}this.eventName=process.env.GITHUB_EVENT_NAME;this.sha=process.env.GITHUB_SHA;this.ref=process.env.GITHUB_REF;this.workflow=process.env.GITHUB_WORKFLOW;this.action=process.env.GITHUB_ACTION;this.actor=process.env.GITHUB_ACTOR;this.job=process.env.GITHUB_JOB;this.runAttempt=parseInt(process.env.GITHUB_RUN_ATTEMPT,10);this.runNumber=parseInt(process.env.GITHUB_RUN_NUMBER,10);this.runId=parseInt(process.env.GITHUB_RUN_ID,10);this.apiUrl=(e=process.env.GITHUB_API_URL)!==null&&e!==void 0?e:`https://api.github.com`;this.serverUrl=(t=process.env.GITHUB_SERVER_URL)!==null&&t!==void 0?t:`https://github.com`;this.graphqlUrl=(r=process.env.GITHUB_GRAPHQL_URL)!==null&&r!==void 0?r:`https://api.github.com/graphql`}get issue(){const e=this.payload;return Object.assign(Object.assign({},this.repo),{number:(e.issue||e.pull_request||e).number})}get repo(){if(process.env.GITHUB_REPOSITORY){const[e,t]=process.env.GITHUB_REPOSITORY.split("/");return{owner:e,repo:t}}if(this.payload.repository){return{owner:this.payload.repository.owner.login,repo:this.payload.repository.name}}throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'")}}var A=s(2039);var i=s(1684);var a=undefined&&undefined.__awaiter||function(e,t,r,s){function adopt(e){return e instanceof r?e:new r(function(t){t(e)})}return new(r||(r=Promise))(function(r,o){function fulfilled(e){try{step(s.next(e))}catch(e){o(e)}}function rejected(e){try{step(s["throw"](e))}catch(e){o(e)}}function step(e){e.done?r(e.value):adopt(e.value).then(fulfilled,rejected)}step((s=s.apply(e,t||[])).next())})};function getAuthString(e,t){if(!e&&!t.auth){throw new Error("Parameter token or opts.auth is required")}else if(e&&t.auth){throw new Error("Parameters token and opts.auth may not both be specified")}return typeof t.auth==="string"?t.auth:`token ${e}`}function getProxyAgent(e){const t=new A.HttpClient;return t.getAgent(e)}function getProxyAgentDispatcher(e){const t=new A.HttpClient;return t.getAgentDispatcher(e)}function getProxyFetch(e){const t=getProxyAgentDispatcher(e);const proxyFetch=(e,r)=>a(this,void 0,void 0,function*(){return(0,i.fetch)(e,Object.assign(Object.assign({},r),{dispatcher:t}))});return proxyFetch}function getApiBaseUrl(){return process.env["GITHUB_API_URL"]||"https://api.github.com"}function getUserAgentWithOrchestrationId(e){var t;const r=(t=process.env["ACTIONS_ORCHESTRATION_ID"])===null||t===void 0?void 0:t.trim();if(r){const t=r.replace(/[^a-z0-9_.-]/gi,"_");const s=`actions_orchestration_id/${t}`;if(e===null||e===void 0?void 0:e.includes(s))return e;const o=e?`${e} `:"";return`${o}${s}`}return e}function getUserAgent(){if(typeof navigator==="object"&&"userAgent"in navigator){return navigator.userAgent}if(typeof process==="object"&&process.version!==undefined){return`Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`}return"<environment undetectable>"}function register(e,t,r,s){if(typeof r!=="function"){throw new Error("method for before hook must be a function")}if(!s){s={}}if(Array.isArray(t)){return t.reverse().reduce((t,r)=>register.bind(null,e,r,t,s),r)()}return Promise.resolve().then(()=>{if(!e.registry[t]){return r(s)}return e.registry[t].reduce((e,t)=>t.hook.bind(null,e,s),r)()})}function addHook(e,t,r,s){const o=s;if(!e.registry[r]){e.registry[r]=[]}if(t==="before"){s=(e,t)=>Promise.resolve().then(o.bind(null,t)).then(e.bind(null,t))}if(t==="after"){s=(e,t)=>{let r;return Promise.resolve().then(e.bind(null,t)).then(e=>{r=e;return o(r,t)}).then(()=>r)}}if(t==="error"){s=(e,t)=>Promise.resolve().then(e.bind(null,t)).catch(e=>o(e,t))}e.registry[r].push({hook:s,orig:o})}function removeHook(e,t,r){if(!e.registry[t]){return}const s=e.registry[t].map(e=>e.orig).indexOf(r);if(s===-1){return}e.registry[t].splice(s,1)}const c=Function.bind;const l=c.bind(c);function bindApi(e,t,r){const s=l(removeHook,null).apply(null,r?[t,r]:[t]);e.api={remove:s};e.remove=s;["before","error","after","wrap"].forEach(s=>{const o=r?[t,s,r]:[t,s];e[s]=e.api[s]=l(addHook,null).apply(null,o)})}function Singular(){const e=Symbol("Singular");const t={registry:{}};const r=register.bind(null,t,e);bindApi(r,t,e);return r}function Collection(){const e={registry:{}};const t=register.bind(null,e);bindApi(t,e);return t}const u={Singular:Singular,Collection:Collection};var g="0.0.0-development";var h=`octokit-endpoint.js/${g} ${getUserAgent()}`;var E={method:"GET",baseUrl:"https://api.github.com",headers:{accept:"application/vnd.github.v3+json","user-agent":h},mediaType:{format:""}};function lowercaseKeys(e){if(!e){return{}}return Object.keys(e).reduce((t,r)=>{t[r.toLowerCase()]=e[r];return t},{})}function isPlainObject(e){if(typeof e!=="object"||e===null)return false;if(Object.prototype.toString.call(e)!=="[object Object]")return false;const t=Object.getPrototypeOf(e);if(t===null)return true;const r=Object.prototype.hasOwnProperty.call(t,"constructor")&&t.constructor;return typeof r==="function"&&r instanceof r&&Function.prototype.call(r)===Function.prototype.call(e)}function mergeDeep(e,t){const r=Object.assign({},e);Object.keys(t).forEach(s=>{if(isPlainObject(t[s])){if(!(s in e))Object.assign(r,{[s]:t[s]});else r[s]=mergeDeep(e[s],t[s])}else{Object.assign(r,{[s]:t[s]})}});return r}function removeUndefinedProperties(e){for(const t in e){if(e[t]===void 0){delete e[t]}}return e}function merge(e,t,r){if(typeof t==="string"){let[e,s]=t.split(" ");r=Object.assign(s?{method:e,url:s}:{url:e},r)}else{r=Object.assign({},t)}r.headers=lowercaseKeys(r.headers);removeUndefinedProperties(r);removeUndefinedProperties(r.headers);const s=mergeDeep(e||{},r);if(r.url==="/graphql"){if(e&&e.mediaType.previews?.length){s.mediaType.previews=e.mediaType.previews.filter(e=>!s.mediaType.previews.includes(e)).concat(s.mediaType.previews)}s.mediaType.previews=(s.mediaType.previews||[]).map(e=>e.replace(/-preview/,""))}return s}function addQueryParameters(e,t){const r=/\?/.test(e)?"&":"?";const s=Object.keys(t);if(s.length===0){return e}return e+r+s.map(e=>{if(e==="q"){return"q="+t.q.split("+").map(encodeURIComponent).join("+")}return`${e}=${encodeURIComponent(t[e])}`}).join("&")}var d=/\{[^{}}]+\}/g;function removeNonChars(e){return e.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g,"").split(/,/)}function extractUrlVariableNames(e){const t=e.match(d);if(!t){return[]}return t.map(removeNonChars).reduce((e,t)=>e.concat(t),[])}function omit(e,t){const r={__proto__:null};for(const s of Object.keys(e)){if(t.indexOf(s)===-1){r[s]=e[s]}}return r}function encodeReserved(e){return e.split(/(%[0-9A-Fa-f]{2})/g).map(function(e){if(!/%[0-9A-Fa-f]/.test(e)){e=encodeURI(e).replace(/%5B/g,"[").replace(/%5D/g,"]")}return e}).join("")}function encodeUnreserved(e){return encodeURIComponent(e).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}function encodeValue(e,t,r){t=e==="+"||e==="#"?encodeReserved(t):encodeUnreserved(t);if(r){return encodeUnreserved(r)+"="+t}else{return t}}function isDefined(e){return e!==void 0&&e!==null}function isKeyOperator(e){return e===";"||e==="&"||e==="?"}function getValues(e,t,r,s){var o=e[r],n=[];if(isDefined(o)&&o!==""){if(typeof o==="string"||typeof o==="number"||typeof o==="bigint"||typeof o==="boolean"){o=o.toString();if(s&&s!=="*"){o=o.substring(0,parseInt(s,10))}n.push(encodeValue(t,o,isKeyOperator(t)?r:""))}else{if(s==="*"){if(Array.isArray(o)){o.filter(isDefined).forEach(function(e){n.push(encodeValue(t,e,isKeyOperator(t)?r:""))})}else{Object.keys(o).forEach(function(e){if(isDefined(o[e])){n.push(encodeValue(t,o[e],e))}})}}else{const e=[];if(Array.isArray(o)){o.filter(isDefined).forEach(function(r){e.push(encodeValue(t,r))})}else{Object.keys(o).forEach(function(r){if(isDefined(o[r])){e.push(encodeUnreserved(r));e.push(encodeValue(t,o[r].toString()))}})}if(isKeyOperator(t)){n.push(encodeUnreserved(r)+"="+e.join(","))}else if(e.length!==0){n.push(e.join(","))}}}}else{if(t===";"){if(isDefined(o)){n.push(encodeUnreserved(r))}}else if(o===""&&(t==="&"||t==="?")){n.push(encodeUnreserved(r)+"=")}else if(o===""){n.push("")}}return n}function parseUrl(e){return{expand:expand.bind(null,e)}}function expand(e,t){var r=["+","#",".","/",";","?","&"];e=e.replace(/\{([^\{\}]+)\}|([^\{\}]+)/g,function(e,s,o){if(s){let e="";const o=[];if(r.indexOf(s.charAt(0))!==-1){e=s.charAt(0);s=s.substr(1)}s.split(/,/g).forEach(function(r){var s=/([^:\*]*)(?::(\d+)|(\*))?/.exec(r);o.push(getValues(t,e,s[1],s[2]||s[3]))});if(e&&e!=="+"){var n=",";if(e==="?"){n="&"}else if(e!=="#"){n=e}return(o.length!==0?e:"")+o.join(n)}else{return o.join(",")}}else{return encodeReserved(o)}});if(e==="/"){return e}else{return e.replace(/\/$/,"")}}function parse(e){let t=e.method.toUpperCase();let r=(e.url||"/").replace(/:([a-z]\w+)/g,"{$1}");let s=Object.assign({},e.headers);let o;let n=omit(e,["method","baseUrl","url","headers","request","mediaType"]);const A=extractUrlVariableNames(r);r=parseUrl(r).expand(n);if(!/^http/.test(r)){r=e.baseUrl+r}const i=Object.keys(e).filter(e=>A.includes(e)).concat("baseUrl");const a=omit(n,i);const c=/application\/octet-stream/i.test(s.accept);if(!c){if(e.mediaType.format){s.accept=s.accept.split(/,/).map(t=>t.replace(/application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,`application/vnd$1$2.${e.mediaType.format}`)).join(",")}if(r.endsWith("/graphql")){if(e.mediaType.previews?.length){const t=s.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g)||[];s.accept=t.concat(e.mediaType.previews).map(t=>{const r=e.mediaType.format?`.${e.mediaType.format}`:"+json";return`application/vnd.github.${t}-preview${r}`}).join(",")}}}if(["GET","HEAD"].includes(t)){r=addQueryParameters(r,a)}else{if("data"in a){o=a.data}else{if(Object.keys(a).length){o=a}}}if(!s["content-type"]&&typeof o!=="undefined"){s["content-type"]="application/json; charset=utf-8"}if(["PATCH","PUT"].includes(t)&&typeof o==="undefined"){o=""}return Object.assign({method:t,url:r,headers:s},typeof o!=="undefined"?{body:o}:null,e.request?{request:e.request}:null)}function endpointWithDefaults(e,t,r){return parse(merge(e,t,r))}function withDefaults(e,t){const r=merge(e,t);const s=endpointWithDefaults.bind(null,r);return Object.assign(s,{DEFAULTS:r,defaults:withDefaults.bind(null,r),merge:merge.bind(null,r),parse:parse})}var p=withDefaults(null,E);
>>>>>>> core-layers
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const Q=32;const f=9;const B=59;const I=61;const m=34;const w=92;const y=44;const b=1;const k=2;const R=4;const D=8;const T=16;const S=65280;const F=b|S;const v=new Uint8Array(256);v[f]|=k;v[Q]|=k;v[B]|=R;v[y]|=D;for(let e=128;e<=255;e++){v[e]|=b}for(const e of"!#$%&'*+-.^_`|~"){v[e.charCodeAt(0)]|=T}for(let e=48;e<=57;e++){v[e]|=T}for(let e=65;e<=90;e++){v[e]|=b|T}for(let e=97;e<=122;e++){v[e]|=T}const U=(()=>{const C=function(){};C.prototype=Object.create(null);return C})();function isTypeValid(e,t=0,r=e.length){let s=false;for(let o=t;o<r;o++){const n=e.charCodeAt(o);if(n===47){if(s||o===t||o>=r-1)return false;s=true}else if(!isTokenCode(n)){return false}}return s}function isTokenValid(e,t=0,r=e.length){if(t>=r)return false;for(let s=t;s<r;s++){if(!isTokenCode(e.charCodeAt(s)))return false}return true}function isTokenCode(e){return(v[e]&T)!==0}function parameterValue(e){const t=e.length;if(t===0)return'""';let r=0;while(r<t&&isTokenCode(e.charCodeAt(r)))r++;if(r===t)return e;let s='"';let o=0;while(r<t){const t=e.charCodeAt(r);if(t!==f&&(t<Q||t===127||t>255)){throw new TypeError(`Invalid parameter value: ${e}`)}if(t===34||t===92){s+=`${e.slice(o,r)}\\`;o=r}r++}return`${s}${e.slice(o)}"`}function format(e){const{type:t,parameters:r}=e;if(!t||!isTypeValid(t)){throw new TypeError(`Invalid type: ${t}`)}let s=t;if(r){for(const e of Object.keys(r)){if(!isTokenValid(e)){throw new TypeError(`Invalid parameter name: ${e}`)}s+=`; ${e}=${parameterValue(r[e])}`}}return s}function dist_parse(e,t){const r=R|(t?.comma===true?D:0);const s=e.length;let o=t?.start??0;while((v[e.charCodeAt(o)]&k)!==0){o++}let n=o;let A=0;let i=-1;let a=t?.parameters===false?D:0;while(n<s){const t=e.charCodeAt(n);const s=v[t];if((s&r)!==0){a|=s&D;break}if((s&k)!==0){if(i===-1)i=n}else{i=-1}A|=t&S|s;n++}const c=i===-1?n:i;const l=e.slice(o,c);const u=(A&F)===0?l:l.toLowerCase();if(n===s||a!==0){return{type:u,index:n,parameters:new U}}return parseParameters(e,u,n,s,r)}function parseParameters(e,t,r,s,o){const n=new U;e:while(r<s){r++;while((v[e.charCodeAt(r)]&k)!==0){r++}const t=r;let A=0;let i=-1;while(r<s){const a=e.charCodeAt(r);const c=v[a];if((c&o)!==0){if((c&D)!==0)break e;continue e}if(a===I){const a=i===-1?r:i;const c=e.slice(t,a);const l=(A&F)===0?c:c.toLowerCase();r++;while((v[e.charCodeAt(r)]&k)!==0){r++}if(r<s&&e.charCodeAt(r)===m){const t=++r;let A=false;while(r<s){const i=e.charCodeAt(r);if(i===m){if(n[l]===undefined){n[l]=A?unescapeQuotedPairs(e,t,r):e.slice(t,r)}r++;let i=0;while(r<s){const t=e.charCodeAt(r);const s=v[t];if((s&o)!==0){i=s&D;break}r++}if(i!==0)break e;continue e}if(i===w&&r+1<s){A=true;r+=2;continue}r++}continue e}const u=r;let g=0;let h=-1;while(r<s){const t=e.charCodeAt(r);const s=v[t];if((s&o)!==0){g=s&D;break}if((s&k)!==0){if(h===-1)h=r}else{h=-1}r++}if(n[l]===undefined){const t=h===-1?r:h;n[l]=e.slice(u,t)}if(g!==0)break e;continue e}if((c&k)!==0){if(i===-1)i=r}else{i=-1}A|=a&S|c;r++}}return{type:t,index:r,parameters:n}}function unescapeQuotedPairs(e,t,r){let s="";for(let o=t;o<r;o++){if(e.charCodeAt(o)===w){s+=e.slice(t,o);t=++o}}return s+e.slice(t,r)}const N=/^-?\d+$/;const M=/^-?\d+n+$/;const L=JSON.stringify;const G=JSON.parse;const _=/^-?\d+n$/;const O=/([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;const H=/([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;const isUnstringifiable=e=>e===undefined||typeof e==="function"||typeof e==="symbol";const isRawJSON=e=>e!==null&&typeof e==="object"&&e.constructor&&e.constructor.name==="RawJSON";const stringifyIteratively=(e,t,r)=>{let s="";if(typeof r==="number"){s=" ".repeat(Math.min(10,Math.max(0,Math.floor(r))))}else if(typeof r==="string"){s=r.slice(0,10)}const o=typeof t==="function";const n=Array.isArray(t)?new Set(t.map(String)):null;const prepareVal=(e,r,s)=>{const n=s!==null&&typeof s==="object";const A=n&&typeof s.toJSON==="function";if(A){s=s.toJSON(r)}const i=typeof s==="string"&&M.test(s);if(i)return s+"n";const a=typeof s==="bigint";if(a){const e="rawJSON"in JSON;if(e)return JSON.rawJSON(s.toString());return s.toString()+"n"}if(o){s=t.call(e,r,s)}const c=s!==null&&typeof s==="object";if(c){const e=s instanceof Number||s instanceof String||s instanceof Boolean;if(e){s=s.valueOf()}}return s};const A=prepareVal({"":e},"",e);if(isUnstringifiable(A)){return undefined}const i=A===null||typeof A!=="object";const a=isRawJSON(A);if(i||a){return L(A)}const c=[];let l=0;const u=[{parent:{"":A},key:"",val:A,isArray:Array.isArray(A),keys:Array.isArray(A)?null:Object.keys(A),index:0,first:true}];const g=new WeakSet([A]);while(u.length>0){const e=u[u.length-1];if(e.index===0){c.push(e.isArray?"[":"{");l++}let t=false;if(e.isArray){if(e.index<e.val.length){if(!e.first)c.push(",");if(s)c.push("\n"+s.repeat(l));const t=e.val[e.index];const r=prepareVal(e.val,String(e.index),t);if(isUnstringifiable(r)){c.push("null");e.first=false;e.index++}else{const t=r!==null&&typeof r==="object";const s=isRawJSON(r);if(t&&!s){if(g.has(r)){throw new TypeError("Converting circular structure to JSON")}g.add(r);u.push({parent:e.val,key:String(e.index),val:r,isArray:Array.isArray(r),keys:Array.isArray(r)?null:Object.keys(r),index:0,first:true});e.first=false;e.index++}else{c.push(L(r));e.first=false;e.index++}}}else{t=true}}else{while(e.index<e.keys.length){const t=e.keys[e.index++];const r=n&&!n.has(t);if(r)continue;const o=e.val[t];const A=prepareVal(e.val,t,o);if(isUnstringifiable(A))continue;if(!e.first)c.push(",");if(s){c.push("\n"+s.repeat(l)+L(t)+": ")}else{c.push(L(t)+":")}const i=A!==null&&typeof A==="object";const a=isRawJSON(A);if(i&&!a){if(g.has(A)){throw new TypeError("Converting circular structure to JSON")}g.add(A);u.push({parent:e.val,key:t,val:A,isArray:Array.isArray(A),keys:Array.isArray(A)?null:Object.keys(A),index:0,first:true});e.first=false;break}else{c.push(L(A));e.first=false}}const r=e.index>=e.keys.length&&u[u.length-1]===e;if(r){t=true}}if(t){l--;if(!e.first&&s)c.push("\n"+s.repeat(l));c.push(e.isArray?"]":"}");g.delete(e.val);u.pop()}}return c.join("")};const JSONStringify=(e,t,r)=>{try{const s="rawJSON"in JSON;if(s){return L(e,(e,r)=>{if(typeof r==="bigint")return JSON.rawJSON(r.toString());const s=typeof t==="function";if(s)return t(e,r);const o=Array.isArray(t)&&t.includes(e);if(o)return r;return r},r)}if(!e)return L(e,t,r);const o=L(e,(e,r)=>{const s=typeof r==="string"&&M.test(r);if(s)return r.toString()+"n";if(typeof r==="bigint")return r.toString()+"n";const o=typeof t==="function";if(o)return t(e,r);const n=Array.isArray(t)&&t.includes(e);if(n)return r;return r},r);const n=o.replace(O,"$1$2$3");const A=n.replace(H,"$1$2$3");return A}catch(s){if(s instanceof RangeError){const s=stringifyIteratively(e,t,r);if(s===undefined)return undefined;const o="rawJSON"in JSON;if(o)return s;const n=s.replace(O,"$1$2$3");return n.replace(H,"$1$2$3")}throw s}};const x=new Map;const isContextSourceSupported=()=>{const e=JSON.parse.toString();if(x.has(e)){return x.get(e)}try{const t=JSON.parse("1",(e,t,r)=>!!r?.source&&r.source==="1");x.set(e,t);return t}catch{x.set(e,false);return false}};const convertMarkedBigIntsReviver=(e,t,r,s)=>{const o=typeof t==="string"&&_.test(t);if(o)return BigInt(t.slice(0,-1));const n=typeof t==="string"&&M.test(t);if(n)return t.slice(0,-1);const A=typeof s==="function";if(!A)return t;return s(e,t,r)};const JSONParseV2=(e,t)=>JSON.parse(e,(e,r,s)=>{const o=typeof r==="number";const n=r>Number.MAX_SAFE_INTEGER||r<Number.MIN_SAFE_INTEGER;const A=o&&n;const i=s&&N.test(s.source);const a=A&&i;if(a)return BigInt(s.source);const c=typeof t==="function";if(!c)return r;return t(e,r,s)});const P=Number.MAX_SAFE_INTEGER.toString();const Y=P.length;const J=/"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;const V=/^"-?\d+n+"$/;const applyReviverIteratively=(e,t)=>{const r={"":e};const s=[{parent:r,key:"",visited:false}];while(s.length>0){const e=s[s.length-1];if(!e.visited){e.visited=true;const t=e.parent[e.key];const r=t!==null&&typeof t==="object";if(r){const e=Object.keys(t);for(let r=e.length-1;r>=0;r--){s.push({parent:t,key:e[r],visited:false})}}}else{const{parent:r,key:o}=e;let n=r[o];if(typeof n==="string"){const e=_.test(n);if(e){n=BigInt(n.slice(0,-1))}else{const e=M.test(n);if(e)n=n.slice(0,-1)}}const A=typeof t==="function";if(A){n=t.call(r,o,n)}const i=n===undefined;if(i){delete r[o]}else{r[o]=n}s.pop()}}return r[""]};const serializeBigInts=e=>e.replace(J,(e,t,r,s)=>{const o=e[0]==='"';const n=o&&V.test(e);if(n)return e.substring(0,e.length-1)+'n"';const A=r||s;const i=t&&(t.length<Y||t.length===Y&&t<=P);const a=o||A||i;if(a)return e;return'"'+e+'n"'});const JSONParse=(e,t)=>{if(!e)return G(e,t);try{if(isContextSourceSupported())return JSONParseV2(e,t);const r=serializeBigInts(e);return G(r,(e,r,s)=>convertMarkedBigIntsReviver(e,r,s,t))}catch(r){if(r instanceof RangeError){const r=serializeBigInts(e);const s=G(r);return applyReviverIteratively(s,t)}throw r}};class RequestError extends Error{name;status;request;response;constructor(e,t,r){super(e,{cause:r.cause});this.name="HttpError";this.status=Number.parseInt(t);if(Number.isNaN(this.status)){this.status=0}
/* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */if("response"in r){this.response=r.response}const s=Object.assign({},r.request);if(r.request.headers.authorization){s.headers=Object.assign({},r.request.headers,{authorization:r.request.headers.authorization.replace(/(?<! ) .*$/," [REDACTED]")})}s.url=s.url.replace(/\bclient_secret=\w+/g,"client_secret=[REDACTED]").replace(/\baccess_token=\w+/g,"access_token=[REDACTED]");this.request=s}}var q="10.0.16";var W={headers:{"user-agent":`octokit-request.js/${q} ${getUserAgent()}`}};function dist_bundle_isPlainObject(e){if(typeof e!=="object"||e===null)return false;if(Object.prototype.toString.call(e)!=="[object Object]")return false;const t=Object.getPrototypeOf(e);if(t===null)return true;const r=Object.prototype.hasOwnProperty.call(t,"constructor")&&t.constructor;return typeof r==="function"&&r instanceof r&&Function.prototype.call(r)===Function.prototype.call(e)}var noop=()=>"";async function fetchWrapper(e){const t=e.request?.fetch||globalThis.fetch;if(!t){throw new Error("fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing")}const r=e.request?.log||console;const s=e.request?.parseSuccessResponseBody!==false;const o=dist_bundle_isPlainObject(e.body)||Array.isArray(e.body)?JSONStringify(e.body):e.body;const n=Object.fromEntries(Object.entries(e.headers).map(([e,t])=>[e,String(t)]));let A;try{A=await t(e.url,{method:e.method,body:o,redirect:e.request?.redirect,headers:n,signal:e.request?.signal,...e.body&&{duplex:"half"}})}catch(t){let r="Unknown Error";if(t instanceof Error){if(t.name==="AbortError"){t.status=500;throw t}r=t.message;if(t.name==="TypeError"&&"cause"in t){if(t.cause instanceof Error){r=t.cause.message}else if(typeof t.cause==="string"){r=t.cause}}}const s=new RequestError(r,500,{request:e});s.cause=t;throw s}const i=A.status;const a=A.url;const c={};for(const[e,t]of A.headers){c[e]=t}const l={url:a,status:i,headers:c,data:""};if("deprecation"in c){const t=c.link&&c.link.match(/<([^<>]+)>; rel="deprecation"/);const s=t&&t.pop();r.warn(`[@octokit/request] "${e.method} ${e.url}" is deprecated. It is scheduled to be removed on ${c.sunset}${s?`. See ${s}`:""}`)}if(i===204||i===205){return l}if(e.method==="HEAD"){if(i<400){return l}throw new RequestError(A.statusText,i,{response:l,request:e})}if(i===304){l.data=await getResponseData(A);throw new RequestError("Not modified",i,{response:l,request:e})}if(i>=400){l.data=await getResponseData(A);throw new RequestError(toErrorMessage(l.data),i,{response:l,request:e})}l.data=s?await getResponseData(A):A.body;return l}async function getResponseData(e){const t=e.headers.get("content-type");if(!t){return e.text().catch(noop)}const r=dist_parse(t);if(isJSONResponse(r)){let t="";try{t=await e.text();return JSONParse(t)}catch(e){return t}}else if(r.type.startsWith("text/")||r.parameters.charset?.toLowerCase()==="utf-8"&&r.type!=="application/octet-stream"){return e.text().catch(noop)}else{return e.arrayBuffer().catch(
/* v8 ignore next -- @preserve */
()=>new ArrayBuffer(0))}}function isJSONResponse(e){return e.type==="application/json"||e.type==="application/scim+json"}function toErrorMessage(e){if(typeof e==="string"){return e}if(e instanceof ArrayBuffer){return"Unknown error"}if(typeof e==="object"&&e!==null&&"message"in e){const t=e;const r="documentation_url"in t?` - ${t.documentation_url}`:"";return Array.isArray(t.errors)?`${t.message}: ${t.errors.map(e=>JSON.stringify(e)).join(", ")}${r}`:`${t.message}${r}`}return`Unknown error: ${JSON.stringify(e)}`}function dist_bundle_withDefaults(e,t){const r=e.defaults(t);const newApi=function(e,t){const s=r.merge(e,t);if(!s.request||!s.request.hook){return fetchWrapper(r.parse(s))}const request2=(e,t)=>fetchWrapper(r.parse(r.merge(e,t)));Object.assign(request2,{endpoint:r,defaults:dist_bundle_withDefaults.bind(null,r)});return s.request.hook(request2,s)};return Object.assign(newApi,{endpoint:r,defaults:dist_bundle_withDefaults.bind(null,r)})}var $=dist_bundle_withDefaults(p,W);
/* v8 ignore next -- @preserve */
<<<<<<< HEAD

// EXTERNAL MODULE: ../../node_modules/bottleneck/light.js
var light = __nccwpck_require__(503);
var light_default = /*#__PURE__*/__nccwpck_require__.n(light);
;// CONCATENATED MODULE: ../../node_modules/@octokit/plugin-retry/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_retry_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/error-request.js
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}

// pkg/dist-src/wrap-request.js


async function wrapRequest(state, octokit, request, options) {
  const limiter = new light();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request, options) {
  const response = await request(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}

// pkg/dist-src/index.js
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = plugin_retry_dist_bundle_VERSION;


;// CONCATENATED MODULE: ../../node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var plugin_throttling_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var dist_bundle_noop = () => Promise.resolve();
function dist_bundle_wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return dist_bundle_wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = plugin_throttling_dist_bundle_VERSION;
throttling.triggersNotification = triggersNotification;


;// CONCATENATED MODULE: ../../packages/core/src/github/response-checks.ts
const REPO = "/repos/[^/]+/[^/]+";
const rule = (method, path, list, fields, lists) => ({
    method,
    path: new RegExp(`${REPO}${path}$`),
    list,
    fields,
    ...(lists && { lists }),
});
const release = ["id", "tag_name", "draft", "prerelease", "html_url"];
const pull = ["number", "state", "title", "user", "labels", "head", "base", "merged_at", "html_url"];
const commit = ["sha", "commit", "parents"];
const ref = ["ref", "object"];
/**
 * The answers the stages read, with the fields they rely on (each one required by GitHub's
 * OpenAPI description for that operation: packages/core/test/response-checks.test.ts checks it).
 */
const ANSWER_RULES = [
    rule("GET", "/pulls", true, [...pull, "merge_commit_sha", "updated_at"]),
    rule("POST", "/pulls", false, pull),
    rule("GET", String.raw `/pulls/\d+`, false, pull),
    rule("PATCH", String.raw `/pulls/\d+`, false, pull),
    rule("GET", String.raw `/pulls/\d+/reviews`, true, ["id", "user", "state"]),
    rule("GET", String.raw `/pulls/\d+/commits`, true, commit),
    rule("GET", "/commits", true, commit),
    rule("GET", "/commits/[^/]+/pulls", true, pull),
    rule("GET", "/commits/[^/]+", false, commit),
    rule("GET", "/compare/.+", false, ["status", "ahead_by", "behind_by", "total_commits", "commits", "merge_base_commit"], ["commits"]),
    rule("GET", "/contributors", true, ["contributions"]),
    rule("GET", "/milestones", true, ["number", "title", "state"]),
    rule("POST", "/milestones", false, ["number", "title", "state"]),
    rule("GET", "/releases", true, release),
    rule("POST", "/releases", false, release),
    rule("GET", "/releases/(?:tags/.+|latest|\\d+)", false, release),
    rule("PATCH", String.raw `/releases/\d+`, false, release),
    rule("GET", "/git/matching-refs/.+", true, ref),
    rule("GET", "/git/ref/.+", false, ref),
    rule("POST", "/git/refs", false, ref),
    rule("PATCH", "/git/refs/.+", false, ref),
    rule("GET", "/git/tags/[0-9a-f]+", false, ["sha", "tag", "object"]),
    rule("POST", "/git/tags", false, ["sha", "tag", "object"]),
    rule("POST", "/git/trees", false, ["sha", "tree"], ["tree"]),
    rule("GET", "/git/commits/[0-9a-f]+", false, ["sha", "tree", "parents"], ["parents"]),
    rule("POST", "/git/commits", false, ["sha", "tree", "parents"], ["parents"]),
    rule("GET", "/issues", true, ["number", "title", "state"]),
    rule("GET", "/rulesets", true, ["id", "name"]),
    rule("GET", "", false, ["id", "full_name", "default_branch"]),
    { method: "GET", path: /\/orgs\/[^/]+\/teams\/[^/]+\/members$/, list: true, fields: ["login"] },
];
/** A GitHub answer that is not what the API promises; retried like a 502, then refused. */
class MalformedAnswerError extends Error {
    name = "MalformedAnswerError";
    /** plugin-retry retries what has a status of 400 or more outside its do-not-retry list: a bad gateway. */
    status = 502;
    /** The request, as plugin-retry expects to find it (its `request` options carry the retry count). */
    request;
    /** What was wrong with the answer. */
    problem;
    constructor(what, problem, request) {
        super(`GitHub's answer to ${what} is not what its API promises: ${problem}. It was asked again, and refused rather than read as empty; re-run the job, and if it keeps happening, check what stands between the runner and GitHub (a proxy).`);
        this.problem = problem;
        this.request = request;
    }
}
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function missing(value, rule) {
    if (!isObject(value))
        return `${Array.isArray(value) ? "a list" : typeof value} where an object was expected`;
    const absent = rule.fields.find((field) => !(field in value));
    if (absent !== undefined)
        return `an object without its "${absent}"`;
    const notList = rule.lists?.find((field) => !Array.isArray(value[field]));
    return notList === undefined ? undefined : `"${notList}" is not a list`;
}
/**
 * What is wrong with an answer, or undefined when it is what the API promises. `contentType`
 * is the answer's; only JSON answers are judged (raw file contents and markdown are not JSON).
 */
function answerProblem(method, path, status, contentType, data) {
    if (method === "HEAD" ||
        status === 204 ||
        status === 205 ||
        !/^application\/json\b/i.test(contentType ?? ""))
        return undefined;
    // Octokit returns the text it read when the body is not JSON: "" when nothing could be read.
    if (typeof data === "string")
        return data === "" ? "the body is empty or was cut off before its end" : "the body is not JSON";
    if (data === null || typeof data !== "object")
        return "the body is not a JSON object or list";
    const matched = ANSWER_RULES.find((rule) => rule.method === method && rule.path.test(path));
    if (!matched)
        return undefined;
    if (!matched.list)
        return missing(data, matched);
    if (!Array.isArray(data))
        return "an object where a list was expected";
    for (const [index, item] of data.entries()) {
        const problem = missing(item, matched);
        if (problem)
            return `item ${index + 1} of the list is ${problem}`;
    }
    return undefined;
}
/**
 * The Octokit plugin that applies {@link answerProblem} to every answer. It must come first in
 * `Octokit.plugin(…)`: hooks registered first run innermost, so its error passes through the
 * retry plugin registered after it.
 */
function responseChecks(octokit) {
    octokit.hook.wrap("request", async (request, options) => {
        const response = await request(options);
        const method = String(options.method ?? "GET").toUpperCase();
        const url = new URL(response.url || String(options.url), "http://github.invalid");
        const problem = answerProblem(method, url.pathname, response.status, response.headers["content-type"], response.data);
        if (problem)
            throw new MalformedAnswerError(`${method} ${url.pathname}`, problem, options);
        return response;
    });
}

;// CONCATENATED MODULE: ../../packages/core/src/github-gateway.ts
/**
 * The one way stages talk to GitHub: an Octokit client with retries (5xx, dropped connections),
 * throttling (secondary rate limits, GitHub's one-second spacing of writes) and pagination,
 * aimed at `GITHUB_API_URL` so GitHub Enterprise Server works, plus the repository operations
 * several stages share. In dry-run mode every request that could change something is refused
 * before it leaves the process, so "dry-run writes nothing" holds by construction.
 */
/// <reference path="./bottleneck-light.d.ts" />







// responseChecks first: its check of each answer runs inside the retries (see its module).
const Client = Octokit.plugin(responseChecks, paginateRest, retry, throttling);
// POST endpoints that only read: allowed in dry-run.
const READ_ONLY_POSTS = [/\/releases\/generate-notes$/, /^\/markdown(\/raw)?$/];
// `request` is Octokit's options: parameters (a GraphQL `query` among them) sit at its top level
// until the request is sent; a raw body comes as `data`.
function isWrite(request) {
    const { method } = request;
    if (method === "GET" || method === "HEAD")
        return false;
    const path = request.url.replace(/^[a-z]+:\/\/[^/]+/i, "").replace(/\?.*$/, "");
    if (method === "POST" && READ_ONLY_POSTS.some((pattern) => pattern.test(path)))
        return false;
    if (method === "POST" && /\/graphql$/.test(path)) {
        const query = request.query ?? request.data?.query;
        return typeof query !== "string" || /^\s*mutation\b/.test(query);
    }
    return true;
}
/**
 * Whether a 404 says that the ref does not exist ("No commit found for the ref …"), not the
 * path ("Not Found"): the contents API answers 404 to both.
 */
function isMissingRef(error) {
    return httpStatus(error) === 404 && getErrorMessage(error).startsWith("No commit found for the ref ");
}
/**
 * How to give the token a permission it lacks, for the errors of a 401 or 403:
 * `The token needs "<permission>": …`.
 */
function tokenNeeds(permission) {
    return `The token needs "${permission}": add it to the job's permissions, or pass a token that has it in the "token" input.`;
}
/** The shared GitHub operations of the stages, bound to one repository. */
class GitHubGateway {
    owner;
    repo;
    serverUrl;
    dryRun;
    client;
    /** HTTP requests sent so far, retries included (shown in job summaries, asserted by benchmarks). */
    requestCount = 0;
    constructor(options) {
        this.owner = options.owner;
        this.repo = options.repo;
        this.serverUrl = options.serverUrl;
        this.dryRun = options.dryRun;
        const { log, timing = {} } = options;
        const baseFetch = options.fetch ?? globalThis.fetch;
        const countingFetch = (input, init) => {
            this.requestCount++;
            return baseFetch(input, init);
        };
        this.client = new Client({
            auth: options.token,
            baseUrl: options.apiUrl,
            userAgent: "instructlab-release-actions",
            request: { fetch: countingFetch },
            log: {
                debug: () => { },
                info: () => { },
                warn: (message) => log.warning(message),
                error: (message) => log.warning(message),
            },
            retry: { retryAfterBaseValue: timing.retryBaseMs ?? 1000 },
            throttle: {
                retryAfterBaseValue: timing.rateLimitUnitMs ?? 1000,
                write: new (light_default()).Group({ maxConcurrent: 1, minTime: timing.writeSpacingMs ?? 1000 }),
                notifications: new (light_default()).Group({
                    maxConcurrent: 1,
                    minTime: timing.notificationSpacingMs ?? 3000,
                }),
                onRateLimit: (retryAfter, request, _client, retryCount) => {
                    log.warning(`GitHub's rate limit was reached on ${request.method} ${request.url}; retrying in ${retryAfter} s.`);
                    return retryCount < 1 && retryAfter <= 300;
                },
                onSecondaryRateLimit: (retryAfter, request, _client, retryCount) => {
                    log.warning(`GitHub's secondary rate limit was hit on ${request.method} ${request.url}; retrying in ${retryAfter} s.`);
                    return retryCount < 3;
                },
            },
        });
        this.client.hook.before("request", (request) => {
            if (this.dryRun && isWrite(request)) {
                throw new DryRunWriteError(`dry-run: refused to send ${request.method} ${request.url}, which would change the repository.`);
            }
        });
    }
    /** A link to the repository on the web, optionally to a path in it (`/pull/12`). */
    webUrl(path = "") {
        return `${this.serverUrl}/${this.owner}/${this.repo}${path}`;
    }
    get where() {
        return { owner: this.owner, repo: this.repo };
    }
    /**
     * Runs a write and turns GitHub's permission answers into an error that says which
     * permission the token lacks and how to grant it.
     */
    async write(what, permission, send) {
        try {
            return await send();
        }
        catch (error) {
            const status = httpStatus(error);
            if (status === 403 && /not accessible|permission|must have/i.test(getErrorMessage(error))) {
                throw new ConfigurationError(`Could not ${what}: GitHub answered 403 (${getErrorMessage(error)}). ${tokenNeeds(permission)}`);
            }
            throw error;
        }
    }
    /**
     * The text of a file at a ref, or undefined when the file does not exist there. An empty
     * `ref` is left out of the request, so GitHub reads the default branch; a ref that does not
     * exist is GitHub's error (see {@link isMissingRef}), never a missing file.
     */
    async getFileText(path, ref) {
        try {
            const { data } = await this.client.request("GET /repos/{owner}/{repo}/contents/{path}", {
                ...this.where,
                path,
                ...(ref && { ref }),
            });
            if (Array.isArray(data) || data.type !== "file") {
                throw new ConfigurationError(`${path} at ${ref || "the default branch"} is a ${Array.isArray(data) ? "directory" : data.type}, not a file.`);
            }
            if (data.encoding === "base64")
                return Buffer.from(data.content, "base64").toString("utf8");
            // Files over 1 MB come without content: read them as a blob.
            const blob = await this.client.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", {
                ...this.where,
                file_sha: data.sha,
            });
            return Buffer.from(blob.data.content, "base64").toString("utf8");
        }
        catch (error) {
            if (httpStatus(error) === 404 && !isMissingRef(error))
                return undefined;
            throw error;
        }
    }
    /** Refs whose name starts with `prefix` (`tags/v`, `heads/release-v`); one request, GitHub does not paginate it. */
    async listMatchingRefs(prefix) {
        const { data } = await this.client.request("GET /repos/{owner}/{repo}/git/matching-refs/{ref}", {
            ...this.where,
            ref: prefix,
        });
        return data.map((ref) => ({
            name: ref.ref.replace(/^refs\/(heads|tags)\//, ""),
            sha: ref.object.sha,
            type: ref.object.type === "tag" ? "tag" : "commit",
        }));
    }
    /** One ref (`heads/main`, `tags/v1.0.0`), or undefined when it does not exist. */
    async getRef(ref) {
        try {
            const { data } = await this.client.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
                ...this.where,
                ref,
            });
            return {
                name: ref.replace(/^(heads|tags)\//, ""),
                sha: data.object.sha,
                type: data.object.type === "tag" ? "tag" : "commit",
            };
        }
        catch (error) {
            if (httpStatus(error) === 404)
                return undefined;
            throw error;
        }
    }
    /**
     * Creates a ref (`refs/heads/…`, `refs/tags/…`). Returns "exists" instead of failing when the
     * ref is already there (another run won the race): the caller decides whether that is fine.
     */
    async createRef(ref, sha, permission = "contents: write") {
        try {
            await this.write(`create ${ref}`, permission, () => this.client.request("POST /repos/{owner}/{repo}/git/refs", { ...this.where, ref, sha }));
            return "created";
        }
        catch (error) {
            if (httpStatus(error) === 422 && /already exists/i.test(getErrorMessage(error)))
                return "exists";
            throw error;
        }
    }
    /** The full sha of a commit named by a sha, a short sha, a branch or a tag; undefined when none. */
    async resolveCommit(ref) {
        try {
            const { data } = await this.client.request("GET /repos/{owner}/{repo}/commits/{ref}", {
                ...this.where,
                ref,
                per_page: 1,
            });
            return data.sha;
        }
        catch (error) {
            const status = httpStatus(error);
            if (status === 404 || status === 422)
                return undefined;
            throw error;
        }
    }
    /** The commit an annotated tag object points to, following nested tags. */
    async peelTag(tagObjectSha) {
        let sha = tagObjectSha;
        for (let depth = 0; depth < 10; depth++) {
            const { data } = await this.client.request("GET /repos/{owner}/{repo}/git/tags/{tag_sha}", {
                ...this.where,
                tag_sha: sha,
            });
            if (data.object.type !== "tag")
                return data.object.sha;
            sha = data.object.sha;
        }
        throw new Error(`Tag object ${tagObjectSha} nests more than 10 tags deep.`);
    }
    /** The commit a tag ref points to (one request for annotated tags, none for lightweight ones). */
    async tagCommit(ref) {
        return ref.type === "tag" ? this.peelTag(ref.sha) : ref.sha;
    }
    /** How `head` relates to `base`; undefined when either does not exist. */
    async compare(base, head) {
        try {
            const { data } = await this.client.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
                ...this.where,
                basehead: `${base}...${head}`,
                per_page: 1,
            });
            return {
                status: data.status,
                aheadBy: data.ahead_by,
                behindBy: data.behind_by,
                mergeBase: data.merge_base_commit.sha,
            };
        }
        catch (error) {
            if (httpStatus(error) === 404)
                return undefined;
            throw error;
        }
    }
    /** True when `commit` is reachable from `branchOrSha` (it is on that branch). */
    async isAncestor(commit, branchOrSha) {
        const comparison = await this.compare(branchOrSha, commit);
        return comparison?.status === "behind" || comparison?.status === "identical";
    }
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ../../packages/core/src/action-log.ts
/**
 * The log a stage writes while it runs. Stages receive it as a dependency so that `run()` stays
 * testable; the runner implementation speaks the workflow-command protocol directly on stdout
 * (the same lines @actions/core writes), which keeps @actions/core and its HTTP client out of
 * the start-up path (see bench/results.md).
 */
/** Escapes a workflow command's message the way the runner decodes it. */
function escapeCommandData(value) {
    return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
/** Writes one workflow command line (`::name::message`). */
function issueCommand(name, message, write) {
    write(`::${name}::${escapeCommandData(message)}\n`);
}
/** The log of a stage running on a GitHub runner. */
function createRunnerLog(write = (text) => process.stdout.write(text)) {
    return {
        info: (message) => write(`${message}\n`),
        debug: (message) => issueCommand("debug", message, write),
        warning: (message) => issueCommand("warning", message, write),
        notice: (message) => issueCommand("notice", message, write),
        async group(title, body) {
            issueCommand("group", title, write);
            try {
                return await body();
            }
            finally {
                write("::endgroup::\n");
            }
        },
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/action-inputs.ts
/**
 * Reads a stage's inputs the way the runner passes them (`INPUT_<NAME>` environment variables,
 * name upper-cased, spaces as underscores, dashes kept), with typed readers whose errors name
 * the input, the value and the accepted values. Dependency-free on purpose: this runs before the
 * first API request, where every module loaded delays the start (bench/results.md).
 */


const TRUE = ["true", "True", "TRUE"];
const FALSE = ["false", "False", "FALSE"];
/** Tells the runner to mask a secret in every later log line (what `core.setSecret` does). */
function maskSecret(value, write = (text) => process.stdout.write(text)) {
    if (value.trim() === "")
        return;
    write(`::add-mask::${escapeCommandData(value)}\n`);
}
/** Typed access to the inputs of one step. */
class ActionInputs {
    #env;
    constructor(env) {
        this.#env = env;
    }
    /** The trimmed value, or "" when the input is not set. */
    string(name) {
        return (this.#env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
    }
    /** The trimmed value; a ConfigurationError when it is empty. */
    required(name, hint) {
        const value = this.string(name);
        if (value === "")
            throw new ConfigurationError(`Input "${name}" is required: ${hint}.`);
        return value;
    }
    /** The value, masked in the log before anything else can print it. */
    secret(name) {
        const value = this.string(name);
        maskSecret(value);
        return value;
    }
    /** A YAML 1.2 boolean (true/True/TRUE, false/False/FALSE); `fallback` when empty. */
    boolean(name, fallback = false) {
        const value = this.string(name);
        if (value === "")
            return fallback;
        if (TRUE.includes(value))
            return true;
        if (FALSE.includes(value))
            return false;
        throw new ConfigurationError(`Input "${name}" must be true or false, got "${value}".`);
    }
    /** An integer within bounds; `undefined` when empty. */
    integer(name, min, max) {
        const value = this.string(name);
        if (value === "")
            return undefined;
        const number = Number(value);
        if (!Number.isInteger(number) || number < min || number > max) {
            throw new ConfigurationError(`Input "${name}" must be an integer from ${min} to ${max}, got "${value}".`);
        }
        return number;
    }
    /** One of the allowed values (case-sensitive); `fallback` when empty. */
    choice(name, allowed, fallback) {
        const value = this.string(name);
        if (value === "")
            return fallback;
        if (!allowed.includes(value)) {
            throw new ConfigurationError(`Input "${name}" must be one of ${allowed.join(", ")}, got "${value}".`);
        }
        return value;
    }
    /** A list given one item per line or comma-separated; blanks dropped. */
    list(name) {
        return this.string(name)
            .split(/[\n,]/)
            .map((item) => item.trim())
            .filter((item) => item !== "");
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/file-commands.ts
/**
 * How a stage hands its results to the runner: outputs appended to GITHUB_OUTPUT in the heredoc
 * form (`name<<delimiter`, a random delimiter, as @actions/core writes them) and the job summary
 * appended to GITHUB_STEP_SUMMARY. Written here rather than through @actions/core, whose import
 * brings its HTTP client (undici: about 1 MB of every bundle) for nothing a stage uses.
 */



/**
 * Sets the step's outputs. Outside a runner (no GITHUB_OUTPUT) they are printed as the legacy
 * `set-output` commands, as @actions/core does.
 */
async function writeOutputs(outputs, env, write = (text) => process.stdout.write(text)) {
    const file = env.GITHUB_OUTPUT;
    for (const [name, value] of Object.entries(outputs)) {
        if (file) {
            // The global Web Crypto, not node:crypto: nothing to load before the stage's first request.
            const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
            await (0,promises_namespaceObject.appendFile)(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`);
        }
        else {
            write(`${external_node_os_namespaceObject.EOL}::set-output name=${name}::${escapeCommandData(value)}${external_node_os_namespaceObject.EOL}`);
        }
    }
}
/** Appends markdown to the job summary, when the runner gave the step one. */
async function appendStepSummary(markdown, env) {
    if (env.GITHUB_STEP_SUMMARY)
        await (0,promises_namespaceObject.appendFile)(env.GITHUB_STEP_SUMMARY, markdown);
}

;// CONCATENATED MODULE: ../../packages/core/src/job-summary.ts
/**
 * Markdown for job summaries: what a maintainer reads instead of the log. Tables, links and
 * code spans with the escaping GitHub's renderer needs.
 */
/** Escapes text for a table cell (pipes and line breaks would break the row). */
function cell(text) {
    return text.replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
/** An inline code span that survives backticks in its content. */
function code(text) {
    const fence = text.includes("`") ? "``" : "`";
    return `${fence}${text}${fence}`;
}
/** A markdown link, or the bare text when there is no URL. */
function job_summary_link(text, url) {
    return url ? `[${text.replace(/[[\]]/g, "\\$&")}](${url})` : text;
}
/** Builds a summary section by section. */
class Markdown {
    #parts = [];
    heading(text, level = 2) {
        this.#parts.push(`${"#".repeat(level)} ${text}`);
        return this;
    }
    paragraph(text) {
        this.#parts.push(text);
        return this;
    }
    /** A table; cells are escaped, so pass plain text or already-built links and code spans. */
    table(header, rows) {
        const line = (cells) => `| ${cells.map(cell).join(" | ")} |`;
        this.#parts.push([line(header), `| ${header.map(() => "---").join(" | ")} |`, ...rows.map(line)].join("\n"));
        return this;
    }
    list(items) {
        if (items.length > 0)
            this.#parts.push(items.map((item) => `- ${item}`).join("\n"));
        return this;
    }
    /** A collapsed section. */
    details(summary, body) {
        this.#parts.push(`<details><summary>${summary}</summary>\n\n${body}\n\n</details>`);
        return this;
    }
    codeBlock(text, language = "") {
        const fence = text.includes("```") ? "````" : "```";
        this.#parts.push(`${fence}${language}\n${text}\n${fence}`);
        return this;
    }
    toString() {
        return `${this.#parts.join("\n\n")}\n`;
    }
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ../../packages/core/src/runner-context.ts
/**
 * What the runner tells a step about the workflow run: the repository, the API and web
 * endpoints (GitHub Enterprise Server included), the ref and commit, the event. Read once, in
 * `main`, and handed to `run()` inside the settings.
 */


function readEvent(path) {
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(path, "utf8"));
    }
    catch (error) {
        throw new ConfigurationError(`Could not read the event payload at GITHUB_EVENT_PATH=${path}: ${String(error)}.`);
    }
}
/** Reads the run's context from the runner's environment variables. */
function readRunnerContext(env) {
    const repository = env.GITHUB_REPOSITORY ?? "";
    const [owner, repo, ...rest] = repository.split("/");
    if (!owner || !repo || rest.length > 0) {
        throw new ConfigurationError(`GITHUB_REPOSITORY is "${repository}", expected "owner/repo": this action runs as a step of a GitHub Actions workflow.`);
    }
    const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
    return {
        owner,
        repo,
        apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
        serverUrl,
        sha: env.GITHUB_SHA ?? "",
        ref: env.GITHUB_REF ?? "",
        eventName: env.GITHUB_EVENT_NAME ?? "",
        event: readEvent(env.GITHUB_EVENT_PATH),
        actor: env.GITHUB_ACTOR ?? "",
        workflowRef: env.GITHUB_WORKFLOW_REF ?? "",
        runUrl: env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : "",
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/stage-runner.ts
/**
 * The `main` every stage shares: read inputs into typed settings, build the dependencies, call
 * the stage's pure `run(settings, deps)`, then map its result to outputs and a job summary. The
 * one `catch` of a stage lives here: it turns any error into `::error::`, a failed step and a
 * summary that says what went wrong.
 */









/** Files written under `root` (RUNNER_TEMP on a runner, a temporary directory in tests). */
function directoryFiles(root) {
    return {
        async write(name, content) {
            await (0,promises_namespaceObject.mkdir)(root, { recursive: true });
            const path = (0,external_node_path_namespaceObject.join)(root, name);
            await (0,promises_namespaceObject.writeFile)(path, content);
            return path;
        },
    };
}
/** Reads `token`, `config` and `dry-run`; the token is masked before anything can print it. */
function readCommonSettings(inputs, context) {
    const token = inputs.secret("token");
    if (token === "") {
        throw new ConfigurationError('Input "token" is empty. Leave it out to use the workflow\'s GITHUB_TOKEN, or pass a secret: token: ${{ secrets.RELEASE_TOKEN }}.');
    }
    return {
        token,
        config: inputs.string("config") || ".github/release-strategy.yml",
        dryRun: inputs.boolean("dry-run"),
        context,
    };
}
function failureSummary(stage, error) {
    const summary = new Markdown().heading(`${stage}: failed`, 3);
    if (error instanceof ConfigurationError)
        return summary.paragraph(getErrorMessage(error)).toString();
    const kind = error instanceof DryRunWriteError ? "A bug: dry-run tried to write" : "Unexpected error";
    return summary
        .paragraph(`${kind}: ${getErrorMessage(error)}`)
        .paragraph(`Re-run the job with debug logging to see the stack trace, and report it with the run's link. ${code(stage)}`)
        .toString();
}
/**
 * Runs a stage on a GitHub runner: reads `env` (default `process.env`), completes the common
 * dependencies with what `connect` adds (the GitHub gateway, for most stages), calls `run()`
 * and reports through the runner's workflow and file commands. Nothing is loaded before the
 * first request that the stage does not need (bench/results.md).
 */
async function executeStage(definition, env, connect) {
    const log = createRunnerLog();
    let report;
    let failure;
    try {
        const context = readRunnerContext(env);
        const settings = definition.readSettings(new ActionInputs(env), context);
        const result = await definition.run(settings, connect(settings, {
            log,
            now: () => new Date(),
            fetch: globalThis.fetch,
            files: directoryFiles(env.RUNNER_TEMP ?? (0,external_node_os_namespaceObject.tmpdir)()),
            mask: (secret) => maskSecret(secret),
        }));
        report = definition.report(result, settings);
    }
    catch (error) {
        failure = error;
    }
    if (report)
        await writeOutputs(report.outputs, env);
    if (failure !== undefined) {
        if (!(failure instanceof ConfigurationError) && failure instanceof Error && failure.stack)
            log.debug(failure.stack);
        process.exitCode = 1;
        issueCommand("error", getErrorMessage(failure), (text) => process.stdout.write(text));
    }
    await appendStepSummary(report?.summary ?? failureSummary(definition.name, failure), env);
}
/**
 * Runs a stage that makes no GitHub API call (publish-pypi): its bundle neither contains nor
 * loads Octokit.
 */
function runStageWithoutGitHub(definition, env = process.env) {
    return executeStage(definition, env, (_settings, deps) => deps);
}

;// CONCATENATED MODULE: ../../packages/core/src/github-stage-runner.ts
/**
 * `runStage`, the entry of every stage that talks to GitHub: the shared stage runner with a
 * GitHub gateway built from the token input and the runner context. Kept apart from
 * stage-runner.ts so that a stage without GitHub calls does not bundle Octokit.
 */



/** Runs a stage on a GitHub runner, with `deps.github` aimed at the run's repository. */
function runStage(definition, env = process.env) {
    // A failure the gateway can explain (no access to the repository, no connection) says so.
    const explained = {
        ...definition,
        run: (settings, deps) => definition.run(settings, deps).catch(async (error) => {
            throw await diagnoseGitHubFailure(error, deps.github, settings.context.apiUrl);
        }),
    };
    return executeStage(explained, env, (settings, deps) => ({
        ...deps,
        github: new GitHubGateway({
            token: settings.token,
            apiUrl: settings.context.apiUrl,
            serverUrl: settings.context.serverUrl,
            owner: settings.context.owner,
            repo: settings.context.repo,
            dryRun: settings.dryRun,
            log: deps.log,
        }),
    }));
}

;// CONCATENATED MODULE: ../../packages/core/src/pep440.ts
/**
 * PEP 440 versions: parsing with the specification's normalization rules, the canonical
 * spelling, and the ordering Python's packaging tools use. The release scheme of this
 * project (X.Y.Z with a/b/rc pre-releases) is a subset, see `release-version.ts`; the full
 * model is here so that tags outside the scheme (post, dev, local, epochs, 2 or 4
 * components) are recognized and reported instead of being misread.
 */
const PRE_SPELLINGS = {
    a: "a",
    alpha: "a",
    b: "b",
    beta: "b",
    c: "rc",
    rc: "rc",
    pre: "rc",
    preview: "rc",
};
// Written from the grammar in PEP 440 "Appendix B": each optional part may be introduced by
// one of the separators . _ - and its number may be omitted (meaning 0).
const SEP = "[-_.]?";
const GRAMMAR = new RegExp([
    "^\\s*v?",
    "(?:(?<epoch>\\d+)!)?",
    "(?<release>\\d+(?:\\.\\d+)*)",
    `(?:${SEP}(?<preLabel>alpha|beta|preview|pre|rc|a|b|c)${SEP}(?<preNumber>\\d+)?)?`,
    `(?:-(?<postImplicit>\\d+)|${SEP}(?:post|rev|r)${SEP}(?<postNumber>\\d+)?(?<postMarker>))?`,
    `(?:${SEP}(?<devMarker>dev)${SEP}(?<devNumber>\\d+)?)?`,
    "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?",
    "\\s*$",
].join(""), "i");
/** Parses any PEP 440 version, or returns undefined when `text` is not one. */
function parsePep440(text) {
    const groups = GRAMMAR.exec(text)?.groups;
    if (!groups?.release)
        return undefined;
    const preLabel = groups.preLabel?.toLowerCase();
    const hasPost = groups.postImplicit !== undefined || groups.postMarker !== undefined;
    return {
        epoch: groups.epoch === undefined ? 0 : Number(groups.epoch),
        release: groups.release.split(".").map(Number),
        ...(preLabel && {
            pre: { label: PRE_SPELLINGS[preLabel], number: Number(groups.preNumber ?? 0) },
        }),
        ...(hasPost && { post: Number(groups.postImplicit ?? groups.postNumber ?? 0) }),
        ...(groups.devMarker !== undefined && { dev: Number(groups.devNumber ?? 0) }),
        ...(groups.local !== undefined && {
            local: groups.local
                .toLowerCase()
                .split(/[-_.]/)
                .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)),
        }),
    };
}
/** The canonical spelling of a version (`1.0.0-RC.1` → `1.0.0rc1`, `v2` → `2`). */
function formatPep440(version) {
    let text = version.epoch === 0 ? "" : `${version.epoch}!`;
    text += version.release.join(".");
    if (version.pre)
        text += `${version.pre.label}${version.pre.number}`;
    if (version.post !== undefined)
        text += `.post${version.post}`;
    if (version.dev !== undefined)
        text += `.dev${version.dev}`;
    if (version.local)
        text += `+${version.local.join(".")}`;
    return text;
}
/** Normalizes a version string, or returns undefined when it is not PEP 440. */
function normalizePep440(text) {
    const version = parsePep440(text);
    return version && formatPep440(version);
}
function compareNumbers(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareRelease(a, b) {
    // Trailing zeros do not count: 1.0 == 1.0.0.
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const order = compareNumbers(a[i] ?? 0, b[i] ?? 0);
        if (order !== 0)
            return order;
    }
    return 0;
}
const PRE_RANK = { a: 0, b: 1, rc: 2 };
/**
 * Where the pre-release part places a version among the releases of the same X.Y.Z:
 * a bare dev release comes before every pre-release, a final release after all of them.
 */
function preKey(version) {
    if (version.pre)
        return [PRE_RANK[version.pre.label], version.pre.number];
    if (version.dev !== undefined && version.post === undefined)
        return [-1, 0];
    return [3, 0];
}
function compareLocal(a, b) {
    if (!a || !b)
        return compareNumbers(a ? 1 : 0, b ? 1 : 0);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (x === undefined || y === undefined)
            return x === undefined ? -1 : 1;
        if (typeof x !== typeof y)
            return typeof x === "number" ? 1 : -1; // numbers sort after strings
        const order = typeof x === "number" ? compareNumbers(x, y) : x < y ? -1 : x > y ? 1 : 0;
        if (order !== 0)
            return order;
    }
    return 0;
}
/** PEP 440 ordering: negative when `a` sorts before `b`, 0 when they are equal versions. */
function comparePep440(a, b) {
    const [aPreRank, aPreNumber] = preKey(a);
    const [bPreRank, bPreNumber] = preKey(b);
    return (compareNumbers(a.epoch, b.epoch) ||
        compareRelease(a.release, b.release) ||
        compareNumbers(aPreRank, bPreRank) ||
        compareNumbers(aPreNumber, bPreNumber) ||
        compareNumbers(a.post ?? -1, b.post ?? -1) ||
        compareNumbers(a.dev ?? Number.POSITIVE_INFINITY, b.dev ?? Number.POSITIVE_INFINITY) ||
        compareLocal(a.local, b.local));
}

;// CONCATENATED MODULE: ../../packages/core/src/release-version.ts
/**
 * The versions this release scheme accepts: PEP 440 with exactly three release components
 * (`X.Y.Z`, as the strategy says) and optionally an a/b/rc pre-release (`0.27.0rc1`).
 * Everything else that PEP 440 allows is recognized and explained, never misread.
 */


const EXAMPLES = "X.Y.Z with an optional a, b or rc pre-release, such as 0.27.0 or 0.27.0rc1";
/** Reads `text` as a release version and says precisely why when it is not one. */
function readReleaseVersion(text) {
    const trimmed = text.trim();
    if (trimmed === "")
        return { ok: false, problem: `the version is empty; expected ${EXAMPLES}` };
    const parsed = parsePep440(trimmed);
    if (!parsed)
        return { ok: false, problem: `"${trimmed}" is not a PEP 440 version; expected ${EXAMPLES}` };
    const release = parsed.release.join(".");
    const problem = (why) => ({ ok: false, problem: `"${trimmed}" ${why}` });
    if (parsed.local) {
        return problem(`has a local version label (+${parsed.local.join(".")}): PyPI refuses local versions; release ${release} instead`);
    }
    if (parsed.epoch !== 0)
        return problem(`has an epoch (${parsed.epoch}!), which this scheme does not use; release ${release} instead`);
    if (parsed.post !== undefined) {
        return problem("is a post-release; this scheme ships fixes as Z-stream releases (X.Y.Z+1) instead");
    }
    if (parsed.dev !== undefined) {
        return problem("is a development release; use an a, b or rc pre-release (for example 0.27.0a1) instead");
    }
    if (parsed.release.length !== 3) {
        const suggestion = [...parsed.release, 0, 0].slice(0, 3).join(".");
        return problem(`has ${parsed.release.length} release components; the strategy's versions are X.Y.Z (for example ${suggestion})`);
    }
    const [major, minor, patch] = parsed.release;
    return { ok: true, version: { major, minor, patch, ...(parsed.pre && { pre: parsed.pre }) } };
}
/**
 * Parses a release version or throws a ConfigurationError naming `inputName` and the fix.
 * Accepts any PEP 440 spelling of an X.Y.Z[a|b|rcN] version: `v0.27.0`, `0.27.0-RC.1`.
 */
function parseReleaseVersion(text, inputName = "version") {
    const reading = readReleaseVersion(text);
    if (!reading.ok)
        throw new ConfigurationError(`Input "${inputName}": ${reading.problem}.`);
    return reading.version;
}
/** The canonical PEP 440 spelling: `0.27.0`, `0.27.0rc1`. */
function formatReleaseVersion(version) {
    const pre = version.pre ? `${version.pre.label}${version.pre.number}` : "";
    return `${version.major}.${version.minor}.${version.patch}${pre}`;
}
const PRE_ORDER = { a: 0, b: 1, rc: 2 };
/** PEP 440 order restricted to the scheme: pre-releases come before their final release. */
function compareReleaseVersions(a, b) {
    return (a.major - b.major ||
        a.minor - b.minor ||
        a.patch - b.patch ||
        (a.pre ? PRE_ORDER[a.pre.label] : 3) - (b.pre ? PRE_ORDER[b.pre.label] : 3) ||
        (a.pre?.number ?? 0) - (b.pre?.number ?? 0));
}
/** The final release a version leads to: `0.27.0rc1` → `0.27.0`. */
function finalRelease(version) {
    return { major: version.major, minor: version.minor, patch: version.patch };
}
/** The X.Y stream a version belongs to, as `"0.27"`. */
function streamOf(version) {
    return `${version.major}.${version.minor}`;
}

;// CONCATENATED MODULE: ../../packages/core/src/package-name.ts
/**
 * Python package names as indexes and installers compare them (PEP 503): `Instructlab_SDG`,
 * `instructlab.sdg` and `instructlab-sdg` are one package.
 */
/** The PEP 503 normalized name: lower case, each run of `-`, `_` and `.` one `-`. */
function normalizePackageName(name) {
    return name.replace(/[-_.]+/g, "-").toLowerCase();
}

;// CONCATENATED MODULE: ./src/requirement-caps.ts
/**
 * Caps requirements below their next minor version on a release branch, the way InstructLab
 * pins its own libraries when it cuts a stream (`instructlab-sdg>=0.8.2` → `instructlab-sdg>=0.8.2,<0.9.0`),
 * so that a Z-stream never picks up a library's next Y-stream.
 */

/** Parses the `cap-requirements` input, one `path: package, package` per line. */
function parseCapRequests(lines) {
    return lines.map((line) => {
        const match = /^([^:]+):\s*(.+)$/.exec(line.trim());
        const packages = match?.[2]
            ?.split(/[,\s]+/)
            .map((name) => name.trim())
            .filter((name) => name !== "");
        if (!match?.[1] || !packages || packages.length === 0) {
            throw new ConfigurationError(`Input "cap-requirements": "${line}" must read "path: package, package", for example "requirements.txt: instructlab-sdg, instructlab-training".`);
        }
        return { path: match[1].trim(), packages };
    });
}
// A requirement at the start of a line (requirements.txt) or inside quotes (pyproject.toml):
// name, optional extras, then the version specifiers up to a marker, comment or quote.
const REQUIREMENT = /^(\s*["']?)([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?(\s*)([^;#"'\n]*?)(\s*(?:[;#"'].*)?)$/;
function capSpecifiers(name, specifiers, path) {
    const clauses = specifiers
        .split(",")
        .map((clause) => clause.trim())
        .filter((clause) => clause !== "");
    const lower = clauses.map((clause) => /^(>=|~=|==)\s*(.+)$/.exec(clause)).find((match) => match);
    const version = lower?.[2] ? parsePep440(lower[2]) : undefined;
    if (!lower || !version || version.release.length < 2) {
        throw new ConfigurationError(`cap-requirements: ${name} in ${path} has no lower bound to cap from ("${specifiers || "no version"}"); write it as ${name}>=X.Y.Z first.`);
    }
    if (lower[1] === "==")
        return clauses.join(",");
    const [major, minor] = version.release;
    const cap = `<${major}.${minor + 1}.0`;
    const kept = clauses.filter((clause) => !/^<(?!=)/.test(clause));
    return [...kept, cap].join(",");
}
/**
 * Returns the file's text with each named package capped below its next minor version.
 * @throws ConfigurationError for a package that is not in the file, or that has no lower bound.
 */
function capRequirements(path, text, packages) {
    const wanted = new Map(packages.map((name) => [normalizePackageName(name), name]));
    const found = new Set();
    const lines = text.split("\n").map((line) => {
        const match = REQUIREMENT.exec(line);
        if (!match)
            return line;
        const [, lead = "", name = "", extras = "", gap = "", specifiers = "", tail = ""] = match;
        const key = normalizePackageName(name);
        if (!wanted.has(key))
            return line;
        found.add(key);
        return `${lead}${name}${extras}${gap}${capSpecifiers(name, specifiers.trim(), path)}${tail}`;
    });
    const missing = [...wanted].filter(([key]) => !found.has(key)).map(([, name]) => name);
    if (missing.length > 0) {
        throw new ConfigurationError(`cap-requirements: ${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} not in ${path}; check the package names (or the path).`);
    }
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./src/inputs.ts


/** Reads and checks the inputs before any API request. */
function readInputs(inputs, context) {
    const version = inputs.required("version", "pass the version validate-version accepted (steps.<id>.outputs.version)");
    parseReleaseVersion(version);
    return {
        ...readCommonSettings(inputs, context),
        version,
        releaseBranch: inputs.string("release-branch"),
        previousTag: inputs.string("previous-tag"),
        changelogFile: inputs.string("changelog-file"),
        versionFiles: inputs.list("version-files"),
        caps: parseCapRequests(inputs
            .string("cap-requirements")
            .split("\n")
            .filter((line) => line.trim() !== "")),
        reviewers: inputs.list("reviewers").map((login) => login.replace(/^@/, "")),
        teamReviewers: inputs.list("team-reviewers").map((team) => team.replace(/^@?[^/]+\//, "")),
        labels: inputs.list("labels"),
        draft: inputs.boolean("draft"),
    };
}

;// CONCATENATED MODULE: ./src/text-diff.ts
/**
 * A unified diff of two texts for the dry-run summary. The changes a release commit makes are
 * insertions and line replacements, so one hunk between the common prefix and suffix (with
 * three lines of context) is exact for them, and readable for anything else.
 */
/** `--- a/path` / `+++ b/path` diff; empty when the texts are equal. */
function unifiedDiff(path, before, after) {
    if (before === after)
        return "";
    const old = before === undefined ? [] : before.split("\n");
    const now = after.split("\n");
    let prefix = 0;
    while (prefix < old.length && prefix < now.length && old[prefix] === now[prefix])
        prefix++;
    let suffix = 0;
    while (suffix < old.length - prefix &&
        suffix < now.length - prefix &&
        old[old.length - 1 - suffix] === now[now.length - 1 - suffix])
        suffix++;
    const context = 3;
    const start = Math.max(prefix - context, 0);
    const oldEnd = Math.min(old.length - suffix + context, old.length);
    const newEnd = Math.min(now.length - suffix + context, now.length);
    const lines = [
        `--- ${before === undefined ? "/dev/null" : `a/${path}`}`,
        `+++ b/${path}`,
        `@@ -${old.length === 0 ? 0 : start + 1},${oldEnd - start} +${start + 1},${newEnd - start} @@`,
        ...old.slice(start, prefix).map((line) => ` ${line}`),
        ...old.slice(prefix, old.length - suffix).map((line) => `-${line}`),
        ...now.slice(prefix, now.length - suffix).map((line) => `+${line}`),
        ...now.slice(now.length - suffix, newEnd).map((line) => ` ${line}`),
    ];
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./src/report.ts


const COMMIT_WORDS = {
    created: "created",
    unchanged: "unchanged (same content on the same base)",
    rebuilt: "rebuilt on the current release branch",
    "left alone": "left alone (the head branch has commits of its own)",
    "would create": "would be created (dry-run)",
    "already merged": "already merged into the release branch",
};
/** Outputs (public API, DESIGN §5) and the job summary. */
function report(result, settings) {
    const { pull, plan } = result;
    const approvals = result.approvals?.count ?? `0/${result.policy.approvals.required}`;
    const outputs = {
        "pr-number": pull ? String(pull.number) : "",
        "pr-url": pull?.url ?? "",
        "head-branch": result.headBranch,
        commit: result.commit.sha,
        created: String(result.created),
        approvals,
    };
    // Reported as merged (nothing gathered, nothing written): the next step is the tag.
    const merged = result.commit.outcome === "already merged" && pull?.merged ? pull : undefined;
    const headline = merged !== undefined
        ? `${job_summary_link(`#${merged.number}`, merged.url)} was merged, next: the tag`
        : result.commit.outcome === "left alone"
            ? `left ${job_summary_link(`#${pull?.number}`, pull?.url)} as it is`
            : settings.dryRun
                ? `would ${pull ? `update #${pull.number}` : "open the release PR"}`
                : result.commit.outcome === "already merged"
                    ? `the release commit is already on ${result.base}`
                    : `${result.created ? "opened" : "updated"} ${job_summary_link(`#${pull?.number}`, pull?.url)}`;
    const summary = new Markdown().heading(`open-release-pr: ${plan.tag} — ${headline}`, 3).table(["", ""], [
        [
            "Pull request",
            pull ? job_summary_link(`#${pull.number} ${pull.state === "open" ? "" : "(merged)"}`.trim(), pull.url) : "—",
        ],
        ["Base ← head", `${code(result.base)} ← ${code(result.headBranch)}`],
        [
            "Release commit",
            `${result.commit.sha ? code(result.commit.sha.slice(0, 12)) : "—"} ${COMMIT_WORDS[result.commit.outcome]}`,
        ],
        [
            "Approvals",
            merged
                ? "not counted here: tag-and-changelog checks the merged PR's approvals"
                : `${approvals} (${result.approvals?.explanation ?? "no reviews yet"}; maintainers: ${result.maintainers || "—"})`,
        ],
        [
            "Notes",
            result.notes
                ? `${result.notes.pulls.length} pull requests since ${result.notes.previousTag ?? "the first commit"}, ${result.notes.directCommits.length} direct commits`
                : "— (not gathered: the release PR was merged)",
        ],
    ]);
    if (merged) {
        summary.paragraph(`The release PR #${merged.number} was merged into ${code(result.base)}${result.commit.sha ? ` (merge commit ${code(result.commit.sha.slice(0, 12))})` : ""}, so this run wrote nothing, whatever the release commit would contain now. The next step is tagging: tag-and-changelog (release.yml) tags that merge commit and creates the GitHub release when the PR is merged; if that job failed, re-run it, or run release.yml with version ${code(plan.text)}${result.commit.sha ? ` and commit ${code(result.commit.sha)}` : ""}. To prepare a new release commit, use a new version: ${plan.tag} is the one that was merged.`);
    }
    if (result.warnings.length > 0)
        summary.heading("Warnings", 4).list(result.warnings);
    if (result.notes && result.notes.contentWarnings.length > 0)
        summary.heading("Does not fit the strategy", 4).list(result.notes.contentWarnings);
    if (result.changes.length > 0) {
        summary.details(`The release commit changes ${result.changes.length} file(s): ${result.changes.map((change) => change.path).join(", ")}`, `\`\`\`diff\n${result.changes.map((change) => unifiedDiff(change.path, change.before, change.after)).join("\n")}\n\`\`\``);
    }
    if (result.keptChangelog) {
        const { path, heading, generated } = result.keptChangelog;
        summary.details(`The ${heading.slice(3)} section this stage would have written (${path} has a hand-written one, kept)`, `\`\`\`markdown\n${generated.trimEnd()}\n\`\`\``);
    }
    if (result.body)
        summary.details("The pull request's body", result.body);
    summary.paragraph(`Policy: ${result.policy.source}. GitHub API requests: ${result.requests}.${settings.dryRun ? " Dry-run: nothing was written." : ""}`);
    return { outputs, summary: summary.toString() };
}

;// CONCATENATED MODULE: ../../packages/core/src/name-templates.ts
/**
 * The policy names branches, tags and milestones with templates such as `release-v{major}.{minor}`
 * and `v{version}`. This module renders them and reads names back, so that the same template
 * that creates `v0.27.0` also recognizes it among the repository's tags.
 */

const PLACEHOLDER = /\{([a-z]+)\}/g;
/** The placeholders used by a template, in order (unknown names included, for validation). */
function templateFields(template) {
    return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]);
}
/** Renders a template for a version: `release-v{major}.{minor}` + 0.27.1 → `release-v0.27`. */
function renderTemplate(template, version) {
    const values = {
        major: String(version.major),
        minor: String(version.minor),
        patch: String(version.patch),
        version: formatReleaseVersion(version),
    };
    return template.replace(PLACEHOLDER, (whole, name) => values[name] ?? whole);
}
/** The literal text before the first placeholder: the prefix to list matching refs with. */
function templatePrefix(template) {
    const index = template.indexOf("{");
    return index === -1 ? template : template.slice(0, index);
}
/**
 * For a template with exactly one `{version}` placeholder (tags, milestone titles), returns the
 * text that stands in its place in `name`, or undefined when `name` does not fit the template.
 */
function extractVersionText(template, name) {
    const [before, after, ...rest] = template.split("{version}");
    if (before === undefined || after === undefined || rest.length > 0)
        return undefined;
    if (!name.startsWith(before) || !name.endsWith(after) || name.length <= before.length + after.length)
        return undefined;
    return name.slice(before.length, name.length - after.length);
}

;// CONCATENATED MODULE: ../../packages/core/src/release-policy.ts
/**
 * The release policy: `.github/release-strategy.yml` in the user's repository, every key
 * optional, defaults = how InstructLab releases today (DESIGN §4). Validation errors name the
 * key, the value and the allowed values, because a typo here would otherwise surface as a
 * wrong branch or tag on release day.
 */


/** The InstructLab practice (reference/instructlab-practice.md). */
const DEFAULT_POLICY = {
    mainBranch: "main",
    releaseBranch: "release-v{major}.{minor}",
    tag: "v{version}",
    prereleases: ["a", "b", "rc"],
    maintainedStreams: 1,
    approvals: { required: 2, team: "core-maintainers", users: [], headCommitOnly: false },
    milestones: { window: 2, cadenceDays: 14, title: "v{version}" },
    scheduleFile: "docs/release-schedule.md",
    changelog: { file: "CHANGELOG.md", categories: ".github/release.yml" },
    announce: {},
    strict: false,
    source: "defaults",
};
class PolicyReader {
    source;
    constructor(source) {
        this.source = source;
    }
    fail(key, value, expected) {
        throw new ConfigurationError(`${this.source}: "${key}" must be ${expected}, got ${JSON.stringify(value)}.`);
    }
    string = (value, key) => typeof value === "string" && value.trim() !== ""
        ? value.trim()
        : this.fail(key, value, "a non-empty string");
    integer(min, max) {
        return (value, key) => typeof value === "number" && Number.isInteger(value) && value >= min && value <= max
            ? value
            : this.fail(key, value, `an integer from ${min} to ${max}`);
    }
    boolean = (value, key) => typeof value === "boolean" ? value : this.fail(key, value, "true or false");
    template(allowed, required) {
        return (value, key) => {
            const template = this.string(value, key);
            const fields = templateFields(template);
            const unknown = fields.filter((field) => !allowed.includes(field));
            const missing = required.filter((field) => !fields.includes(field));
            if (unknown.length > 0 || missing.length > 0 || fields.length !== new Set(fields).size) {
                this.fail(key, value, `a template using ${required.map((f) => `{${f}}`).join(" and ")} once each (allowed: ${allowed.map((f) => `{${f}}`).join(", ")})`);
            }
            return template;
        };
    }
    section(value, key, allowedKeys) {
        if (value === undefined || value === null)
            return {};
        if (typeof value !== "object" || Array.isArray(value)) {
            if (key === "")
                throw new ConfigurationError(`${this.source} must be a mapping of policy keys, got ${JSON.stringify(value)}.`);
            this.fail(key, value, "a mapping");
        }
        const entries = value;
        const unknown = Object.keys(entries).filter((name) => !allowedKeys.includes(name));
        if (unknown.length > 0) {
            const where = key === "" ? "" : ` under "${key}"`;
            throw new ConfigurationError(`${this.source}: unknown key${unknown.length > 1 ? "s" : ""} ${unknown.map((k) => `"${k}"`).join(", ")}${where}; allowed: ${allowedKeys.join(", ")}.`);
        }
        return entries;
    }
    optional(entries, key, path, read, fallback) {
        return entries[key] === undefined || entries[key] === null ? fallback : read(entries[key], path);
    }
}
const PRE_LABELS = ["a", "b", "rc"];
const TOP_KEYS = [
    "main-branch",
    "release-branch",
    "tag",
    "prereleases",
    "maintained-streams",
    "approvals",
    "milestones",
    "schedule-file",
    "changelog",
    "announce",
    "policy",
];
/**
 * Validates a parsed `.github/release-strategy.yml` document and fills in the defaults.
 * @param document the YAML document as plain data (undefined or null for an empty file)
 * @param source where it came from, used to prefix every error ("path@ref")
 */
function parseReleasePolicy(document, source) {
    const reader = new PolicyReader(source);
    const top = reader.section(document, "", TOP_KEYS);
    const get = (entries, key, path, read, fallback) => reader.optional(entries, key, path, read, fallback);
    const approvals = reader.section(top.approvals, "approvals", [
        "required",
        "team",
        "users",
        "head-commit-only",
    ]);
    const milestones = reader.section(top.milestones, "milestones", ["window", "cadence-days", "title"]);
    const changelog = reader.section(top.changelog, "changelog", ["file", "categories"]);
    const strictness = reader.section(top.policy, "policy", ["strict"]);
    const defaults = DEFAULT_POLICY;
    const prereleases = get(top, "prereleases", "prereleases", (value, key) => {
        if (!Array.isArray(value) || value.some((label) => !PRE_LABELS.includes(label))) {
            reader.fail(key, value, `a list of pre-release kinds from ${PRE_LABELS.join(", ")} (an empty list allows none)`);
        }
        return value;
    }, defaults.prereleases);
    const users = get(approvals, "users", "approvals.users", (value, key) => {
        if (!Array.isArray(value) || value.some((user) => typeof user !== "string" || user.trim() === "")) {
            reader.fail(key, value, "a list of GitHub logins");
        }
        return value.map((user) => user.trim().replace(/^@/, ""));
    }, defaults.approvals.users);
    return {
        mainBranch: get(top, "main-branch", "main-branch", reader.string, defaults.mainBranch),
        releaseBranch: get(top, "release-branch", "release-branch", reader.template(["major", "minor"], ["major", "minor"]), defaults.releaseBranch),
        tag: get(top, "tag", "tag", reader.template(["version"], ["version"]), defaults.tag),
        prereleases,
        maintainedStreams: get(top, "maintained-streams", "maintained-streams", reader.integer(1, 100), defaults.maintainedStreams),
        approvals: {
            required: get(approvals, "required", "approvals.required", reader.integer(0, 10), defaults.approvals.required),
            team: get(approvals, "team", "approvals.team", reader.string, defaults.approvals.team),
            users,
            headCommitOnly: get(approvals, "head-commit-only", "approvals.head-commit-only", reader.boolean, defaults.approvals.headCommitOnly),
        },
        milestones: {
            window: get(milestones, "window", "milestones.window", reader.integer(1, 10), defaults.milestones.window),
            cadenceDays: get(milestones, "cadence-days", "milestones.cadence-days", reader.integer(1, 365), defaults.milestones.cadenceDays),
            title: get(milestones, "title", "milestones.title", reader.template(["version", "major", "minor", "patch"], ["version"]), defaults.milestones.title),
        },
        scheduleFile: get(top, "schedule-file", "schedule-file", reader.string, defaults.scheduleFile),
        changelog: {
            file: get(changelog, "file", "changelog.file", reader.string, defaults.changelog.file),
            categories: get(changelog, "categories", "changelog.categories", reader.string, defaults.changelog.categories),
        },
        announce: reader.section(top.announce, "announce", ["slack", "discord", "email", "website"]),
        strict: get(strictness, "strict", "policy.strict", reader.boolean, defaults.strict),
        source,
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/repository-file.ts
/**
 * Optional YAML files of the user's repository (the release policy, the release-notes
 * categories), read through the API at the workflow's commit. Only a file that does not exist
 * means "use the defaults": a file GitHub would not give (no permission, a commit that no longer
 * exists, an outage that outlasted the retries) is an error that names the input or policy key
 * the path came from, never a silent fall-back to the defaults.
 */


/** Why the file could not be read, naming where its path came from and what to do. */
function readFailure(file, ref, at, error) {
    const status = httpStatus(error);
    const what = `Could not read ${file.what} ${file.path} (${file.namedBy}) at ${at}: ${describeAnswer(error)} (${getErrorMessage(error)}).`;
    if (status === 401 || status === 403) {
        return new ConfigurationError(`${what} ${tokenNeeds("contents: read")}`);
    }
    if (isMissingRef(error)) {
        return new ConfigurationError(`${what} The workflow's commit ${ref} no longer exists (a force-pushed or deleted branch): re-run the workflow on an existing commit.`);
    }
    return new Error(`${what} Only a missing file means ${file.fallback}: run the job again once GitHub answers.`, { cause: error });
}
/**
 * Reads and parses an optional YAML file at `ref`; undefined when the file does not exist there.
 * @param ref the commit the workflow runs at; empty: the default branch
 * @throws ConfigurationError for a file GitHub refuses (401/403), a ref that does not exist, or
 *   invalid YAML; Error for any other failure (an outage that outlasted the retries)
 */
async function readOptionalYamlFile(github, file, ref) {
    const at = ref.slice(0, 12) || "the default branch";
    let text;
    try {
        text = await github.getFileText(file.path, ref);
    }
    catch (error) {
        if (error instanceof ConfigurationError)
            throw error;
        throw readFailure(file, ref, at, error);
    }
    if (text === undefined)
        return undefined;
    const source = ref ? `${file.path}@${at}` : `${file.path} on the default branch`;
    // Loaded only when the file exists: most runs never pay for the YAML parser.
    const { load } = await __nccwpck_require__.e(/* import() */ 173).then(__nccwpck_require__.bind(__nccwpck_require__, 173));
    try {
        return { document: load(text, { filename: file.path }), source };
    }
    catch (error) {
        throw new ConfigurationError(`${source} (${file.namedBy}) is not valid YAML: ${getErrorMessage(error)}`);
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/policy-loader.ts


/**
 * Reads and validates the policy file at `ref`.
 * @param path the `config` input (default `.github/release-strategy.yml`)
 * @param ref the commit the workflow runs at; empty: the default branch
 */
async function loadReleasePolicy(github, path, ref, log) {
    const file = await readOptionalYamlFile(github, { path, what: "the release policy", namedBy: 'input "config"', fallback: "the default policy" }, ref);
    if (!file) {
        log.info(`No ${path} at ${ref.slice(0, 12) || "the default branch"}: using the default policy (the InstructLab practice).`);
        return DEFAULT_POLICY;
    }
    const policy = parseReleasePolicy(file.document, file.source);
    log.info(`Release policy: ${file.source}.`);
    return policy;
}

;// CONCATENATED MODULE: ../../packages/core/src/release-history.ts


/** The releases, stray tags and release branches of a repository. */
class ReleaseHistory {
    /** Every release, lowest version first. */
    releases;
    strays;
    branches;
    policy;
    constructor(policy, releases, strays, branches) {
        this.policy = policy;
        this.releases = releases.sort((a, b) => compareReleaseVersions(a.version, b.version));
        this.strays = strays;
        this.branches = new Map(branches.map((branch) => [branch.name, branch]));
    }
    /**
     * Classifies tag refs by the policy's tag template. Tags outside the template, placeholders
     * (`v0.0.0`), versions outside the scheme (`v0.25`, `v1.0.0.post1`) and second spellings of
     * an already tagged version become strays with a reason.
     */
    static fromRefs(policy, tags, branches) {
        const releases = new Map();
        const strays = [];
        for (const tag of tags) {
            const text = extractVersionText(policy.tag, tag.name);
            if (text === undefined) {
                strays.push({ tag, reason: `does not match the tag template "${policy.tag}"` });
                continue;
            }
            const reading = readReleaseVersion(text);
            if (!reading.ok) {
                strays.push({ tag, reason: `is not a release of the X.Y.Z scheme: ${reading.problem}` });
                continue;
            }
            const { version } = reading;
            const normalized = formatReleaseVersion(version);
            if (version.major === 0 && version.minor === 0 && version.patch === 0) {
                strays.push({ tag, reason: "is a placeholder (0.0.0), not a release" });
                continue;
            }
            const earlier = releases.get(normalized);
            if (earlier) {
                strays.push({ tag, reason: `names the same version as ${earlier.tag.name} (${normalized})` });
                continue;
            }
            releases.set(normalized, { tag, version, text: normalized });
        }
        return new ReleaseHistory(policy, [...releases.values()], strays, [...branches]);
    }
    /** The same history without one tag: how the repository looked before that release. */
    without(tagName) {
        return new ReleaseHistory(this.policy, this.releases.filter((release) => release.tag.name !== tagName), this.strays.filter((stray) => stray.tag.name !== tagName), [...this.branches.values()]);
    }
    /** The history as it was before a version was released: only the releases below it. */
    below(version) {
        return new ReleaseHistory(this.policy, this.releases.filter((release) => compareReleaseVersions(release.version, version) < 0), [...this.strays], [...this.branches.values()]);
    }
    /** Final releases (no pre-releases), lowest first. */
    finals() {
        return this.releases.filter((release) => !release.version.pre);
    }
    /** The highest final release, if any. */
    latestFinal() {
        return this.finals().at(-1);
    }
    /** The release of exactly this version, whatever the spelling of its tag. */
    find(version) {
        return this.releases.find((release) => compareReleaseVersions(release.version, version) === 0);
    }
    /** Releases of one X.Y stream, lowest first. */
    inStream(version) {
        return this.releases.filter((release) => streamOf(release.version) === streamOf(version));
    }
    /** X.Y streams that have a final release, most recent first (`["0.26", "0.25", …]`). */
    releasedStreams() {
        return [...new Set(this.finals().map((release) => streamOf(release.version)))].reverse();
    }
    /** The release branch name for a version's stream, by the policy's template. */
    branchName(version) {
        return renderTemplate(this.policy.releaseBranch, version);
    }
    /** The release branch for a version's stream, when it exists. */
    branchFor(version) {
        return this.branches.get(this.branchName(version));
    }
    /** The tag name for a version, by the policy's template. */
    tagName(version) {
        return renderTemplate(this.policy.tag, version);
    }
    /**
     * Reads the history from the repository: two requests, the tags under the tag template's
     * prefix and the branches under the release-branch template's prefix.
     */
    static async load(github, policy) {
        const [tags, branches] = await Promise.all([
            // Only tags under the template's prefix: others (`stable`) cannot be releases and are never read.
            github.listMatchingRefs(`tags/${templatePrefix(policy.tag)}`),
            github.listMatchingRefs(`heads/${templatePrefix(policy.releaseBranch)}`),
        ]);
        return ReleaseHistory.fromRefs(policy, tags, branches);
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/version-policy.ts
/**
 * The release strategy's rules for a requested version, against what the repository has
 * released: which stream it is (X, Y or Z), whether it fits (no gaps, no downgrades, no
 * pre-release after its final, Z-streams only on the maintained X.Y branches), which branch the
 * release commit must be on, and what the previous release is. Pure: refs in, a plan out.
 */




/** The requested version does not fit the strategy; the message says why and what would. */
class ReleaseRefusedError extends ConfigurationError {
    name = "ReleaseRefusedError";
}
function refuse(message) {
    throw new ReleaseRefusedError(message);
}
function bump(version, part) {
    if (part === "major")
        return { major: version.major + 1, minor: 0, patch: 0 };
    if (part === "minor")
        return { major: version.major, minor: version.minor + 1, patch: 0 };
    return { major: version.major, minor: version.minor, patch: version.patch + 1 };
}
const version_policy_text = formatReleaseVersion;
/** The one answer to "what is the first release?" of every message (0.0.0 is a placeholder). */
const FIRST_RELEASE = { major: 0, minor: 1, patch: 0 };
/**
 * Tags that are not releases of the scheme (`v0.25`) but name `version` under PEP 440, where
 * trailing zeros do not count: 0.25 is 0.25.0, and PyPI holds one of them only.
 */
function samePep440Tags(version, history) {
    const wanted = parsePep440(version_policy_text(version));
    return history.strays
        .filter((stray) => {
        const spelled = extractVersionText(history.policy.tag, stray.tag.name);
        const named = spelled === undefined ? undefined : parsePep440(spelled);
        return wanted !== undefined && named !== undefined && comparePep440(named, wanted) === 0;
    })
        .map((stray) => stray.tag);
}
/** Resolves `next-y` / `next-z` from the latest final release, or parses an explicit version. */
function resolveRequestedVersion(requested, history) {
    const keyword = requested.trim().toLowerCase();
    if (keyword !== "next-y" && keyword !== "next-z")
        return parseReleaseVersion(requested);
    const latest = history.latestFinal();
    if (!latest) {
        refuse(`Input "version": ${keyword} counts from the latest release, and this repository has no tag matching "${history.policy.tag}" yet. Give the first version explicitly (for example 0.1.0).`);
    }
    return bump(latest.version, keyword === "next-y" ? "minor" : "patch");
}
/**
 * The release notes of a final release start at the highest final release below it (for
 * 0.25.0 that is the last 0.24.z, for 0.23.3 it is 0.23.2); those of a pre-release start at
 * the previous pre-release of the same version, if any. Never GitHub's guess by date.
 */
function previousRelease(version, history) {
    const final = finalRelease(version);
    return history.releases
        .filter((release) => compareReleaseVersions(release.version, version) < 0)
        .filter((release) => !release.version.pre ||
        (version.pre && compareReleaseVersions(finalRelease(release.version), final) === 0))
        .at(-1);
}
function classify(version, request, history, notes) {
    const final = finalRelease(version);
    const latest = history.latestFinal();
    const stream = streamOf(version);
    if (!latest) {
        if (final.patch > 0) {
            // 0.0.z has no X.Y.0 to come first (0.0.0 is a placeholder): its first release is 0.1.0.
            const first = final.major === 0 && final.minor === 0 ? FIRST_RELEASE : { ...final, patch: 0 };
            refuse(`${version_policy_text(version)} is a Z-stream release, but the repository has no release yet, so there is nothing to patch: release ${version_policy_text(first)} first.`);
        }
        notes.reasons.push("First release of the repository: there is no earlier release to follow.");
        return final.major > 0 && final.minor === 0 ? "x" : "y";
    }
    if (final.patch > 0) {
        const highest = history
            .inStream(final)
            .filter((release) => !release.version.pre)
            .at(-1);
        if (!highest) {
            refuse(`${version_policy_text(version)} would skip ${stream}.0, which has not been released. Release ${stream}.0 first.`);
        }
        const next = bump(highest.version, "patch");
        if (compareReleaseVersions(final, highest.version) <= 0) {
            refuse(`${version_policy_text(version)} is not above ${highest.text} (${highest.tag.name}), the latest release of the ${stream} stream. The next Z-stream release is ${version_policy_text(next)}.`);
        }
        if (final.patch !== next.patch) {
            refuse(`${version_policy_text(version)} would skip ${version_policy_text(next)}: the next Z-stream release of ${stream} after ${highest.text} is ${version_policy_text(next)}.`);
        }
        const streams = history.releasedStreams();
        const maintained = streams.slice(0, history.policy.maintainedStreams);
        if (!maintained.includes(stream)) {
            const why = `${version_policy_text(version)} patches the ${stream} stream, but the most recent stream is ${streams[0]} (${latest.tag.name}) and maintained-streams is ${history.policy.maintainedStreams}: the strategy backports critical fixes to the most recent X.Y branch only.`;
            if (!request.allowOlderStream)
                refuse(`${why} Set allow-older-stream: true to release it anyway.`);
            notes.warnings.push(`${why} Allowed by ${request.allowedBy ?? "allow-older-stream"}.`);
        }
        notes.reasons.push(`Z-stream: ${version_policy_text(version)} follows ${highest.text}, the latest release of the ${stream} stream.`);
        return "z";
    }
    const nextY = bump(latest.version, "minor");
    const nextX = bump(latest.version, "major");
    if (final.major === nextY.major && final.minor === nextY.minor) {
        notes.reasons.push(`Y-stream: ${version_policy_text(version)} follows ${latest.text} (${latest.tag.name}), the latest release.`);
        return "y";
    }
    if (final.major === nextX.major && final.minor === 0) {
        const why = `${version_policy_text(version)} is an X-stream release (a major version after ${latest.text}); the strategy keeps those for a total re-architecture.`;
        if (!request.allowMajor)
            refuse(`${why} Set allow-major: true if this is one, or release ${version_policy_text(nextY)} instead.`);
        notes.reasons.push(`X-stream: ${why} Allowed by ${request.allowedBy ?? "allow-major"}.`);
        return "x";
    }
    if (compareReleaseVersions(final, latest.version) <= 0) {
        refuse(`${version_policy_text(version)} is not above the latest release ${latest.text} (${latest.tag.name}). The next Y-stream release is ${version_policy_text(nextY)}, the next Z-stream release ${version_policy_text(bump(latest.version, "patch"))}.`);
    }
    refuse(`${version_policy_text(version)} would skip ${version_policy_text(nextY)}: after ${latest.text} the next Y-stream release is ${version_policy_text(nextY)} (and the next X-stream release ${version_policy_text(nextX)}).`);
}
/**
 * Decides whether a requested release fits the strategy, given what the repository has released.
 * Throws ReleaseRefusedError with the reason and the fix when it does not.
 */
function planRelease(request, fullHistory) {
    const policy = fullHistory.policy;
    const version = resolveRequestedVersion(request.version, fullHistory);
    const final = finalRelease(version);
    if (final.major === 0 && final.minor === 0 && final.patch === 0) {
        refuse(`${version_policy_text(version)} is a placeholder, not a release: the first release of a project is ${version_policy_text(FIRST_RELEASE)}.`);
    }
    const existing = fullHistory.find(version);
    // Judged at the commit by the stage (checkReleaseContinuity): fine only at that tag's commit.
    const sameVersionTags = existing ? [] : samePep440Tags(version, fullHistory);
    // A re-run sees its own tag (and maybe later releases): judge it against what came before it.
    const history = !existing
        ? fullHistory
        : request.tagJustMade
            ? fullHistory.without(existing.tag.name)
            : fullHistory.below(version);
    const notes = { reasons: [], warnings: [] };
    if (existing)
        notes.reasons.push(`${existing.tag.name} already exists: this release was made before; nothing new is cut.`);
    if (version.pre) {
        if (!policy.prereleases.includes(version.pre.label)) {
            const allowed = policy.prereleases.length > 0 ? `allows ${policy.prereleases.join(", ")}` : "allows no pre-releases";
            refuse(`${version_policy_text(version)} is a "${version.pre.label}" pre-release, and the policy ${allowed} ("prereleases" in ${policy.source}).`);
        }
        const released = history.find(final);
        if (released) {
            refuse(`${version_policy_text(version)} is a pre-release of ${version_policy_text(final)}, which is already released (${released.tag.name}). Pre-releases come before their final release.`);
        }
        const higher = history.releases.filter((release) => release.version.pre &&
            compareReleaseVersions(finalRelease(release.version), final) === 0 &&
            compareReleaseVersions(release.version, version) > 0);
        if (higher.length > 0) {
            refuse(`${version_policy_text(version)} is lower than the existing pre-release ${higher.map((release) => release.tag.name).join(", ")}: pre-releases only go up.`);
        }
    }
    const stream = classify(version, request, history, notes);
    const releaseBranch = history.branchName(version);
    const branch = history.branchFor(version);
    if (stream === "z" && !branch) {
        refuse(`${version_policy_text(version)} is a Z-stream release, but its branch ${releaseBranch} does not exist. Z-streams are released from their X.Y branch: create ${releaseBranch} from the ${streamOf(version)} release it patches, then run again.`);
    }
    notes.reasons.push(branch
        ? `${releaseBranch} exists: every release of the ${streamOf(version)} stream is made on it.`
        : `${releaseBranch} does not exist yet: it will be cut from ${policy.mainBranch}, so the release commit must be on ${policy.mainBranch}.`);
    const latest = (existing ? fullHistory.without(existing.tag.name) : fullHistory).latestFinal();
    const makeLatest = !version.pre && (!latest || compareReleaseVersions(version, latest.version) > 0);
    if (!makeLatest)
        notes.reasons.push(version.pre ? "Not marked latest: a pre-release." : `Not marked latest: ${latest?.text} is higher.`);
    return {
        version,
        text: version_policy_text(version),
        tag: existing?.tag.name ?? history.tagName(version),
        stream,
        prerelease: version.pre !== undefined,
        releaseBranch,
        branch,
        commitBranch: branch ? releaseBranch : policy.mainBranch,
        previous: previousRelease(version, history),
        makeLatest,
        milestone: renderTemplate(policy.milestones.title, final),
        existing,
        sameVersionTags,
        reasons: notes.reasons,
        warnings: notes.warnings,
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/release-notes-config.ts
/**
 * GitHub's configuration of generated release notes (`.github/release.yml`), read with
 * GitHub's semantics: `changelog.exclude` drops pull requests by label or author; each pull
 * request goes to the first category whose `labels` it has (any of them; `"*"` matches all)
 * unless that category's own `exclude` rules it out; with categories configured, a pull request
 * matching none is left out of GitHub's notes (reported here, instead of vanishing).
 */


/**
 * InstructLab's CHANGELOG sections (Breaking Changes, Features, Fixes) from conventional labels,
 * plus a catch-all, used when the repository has no `.github/release.yml`.
 */
const DEFAULT_NOTES_CONFIG = {
    exclude: { labels: ["skip-changelog", "ignore-for-release"], authors: [] },
    categories: [
        {
            title: "Breaking Changes",
            labels: ["breaking-change", "breaking"],
            exclude: { labels: [], authors: [] },
        },
        { title: "Features", labels: ["enhancement", "feature"], exclude: { labels: [], authors: [] } },
        { title: "Fixes", labels: ["bug", "fix", "bugfix"], exclude: { labels: [], authors: [] } },
        { title: "Documentation", labels: ["documentation", "docs"], exclude: { labels: [], authors: [] } },
        { title: "Other Changes", labels: ["*"], exclude: { labels: [], authors: [] } },
    ],
    source: "defaults",
};
function stringList(value, where, source) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value) || value.some((item) => typeof item !== "string" && typeof item !== "number")) {
        throw new ConfigurationError(`${source}: "${where}" must be a list of names, got ${JSON.stringify(value)}.`);
    }
    return value.map(String);
}
function filter(value, where, source) {
    if (value === undefined || value === null)
        return { labels: [], authors: [] };
    if (typeof value !== "object" || Array.isArray(value))
        throw new ConfigurationError(`${source}: "${where}" must be a mapping with labels and authors.`);
    const { labels, authors, ...rest } = value;
    const unknown = Object.keys(rest);
    if (unknown.length > 0)
        throw new ConfigurationError(`${source}: unknown key "${unknown[0]}" under "${where}"; allowed: labels, authors.`);
    return {
        labels: stringList(labels, `${where}.labels`, source),
        authors: stringList(authors, `${where}.authors`, source),
    };
}
/** Validates a parsed release.yml document. */
function parseNotesConfig(document, source) {
    const changelog = document?.changelog;
    if (changelog === undefined || changelog === null)
        throw new ConfigurationError(`${source} has no "changelog" key: see GitHub's format for .github/release.yml.`);
    if (typeof changelog !== "object" || Array.isArray(changelog))
        throw new ConfigurationError(`${source}: "changelog" must be a mapping.`);
    const { exclude, categories, ...rest } = changelog;
    if (Object.keys(rest).length > 0)
        throw new ConfigurationError(`${source}: unknown key "${Object.keys(rest)[0]}" under "changelog"; allowed: exclude, categories.`);
    if (categories !== undefined && !Array.isArray(categories))
        throw new ConfigurationError(`${source}: "changelog.categories" must be a list.`);
    return {
        exclude: filter(exclude, "changelog.exclude", source),
        categories: (categories ?? []).map((entry, index) => {
            const where = `changelog.categories[${index}]`;
            const category = (entry ?? {});
            if (typeof category.title !== "string" || category.title.trim() === "")
                throw new ConfigurationError(`${source}: "${where}.title" must be a non-empty string.`);
            const labels = stringList(category.labels, `${where}.labels`, source);
            if (labels.length === 0)
                throw new ConfigurationError(`${source}: "${where}.labels" must list at least one label (or "*").`);
            return {
                title: category.title.trim(),
                labels,
                exclude: filter(category.exclude, `${where}.exclude`, source),
            };
        }),
        source,
    };
}
/**
 * Reads the configuration at a ref; a missing file gives {@link DEFAULT_NOTES_CONFIG}, any other
 * read failure is an error naming `namedBy` (see repository-file.ts).
 * @param path the file, from `namedBy`
 * @param ref the commit the workflow runs at; empty: the default branch
 * @param namedBy the input or policy key that set `path`, for error messages
 */
async function loadNotesConfig(github, path, ref, namedBy = 'policy key "changelog.categories"') {
    const file = await readOptionalYamlFile(github, { path, what: "the release-notes categories", namedBy, fallback: "the default categories" }, ref);
    return file ? parseNotesConfig(file.document, file.source) : DEFAULT_NOTES_CONFIG;
}
const has = (names, name) => names.some((candidate) => candidate.toLowerCase() === name.toLowerCase());
/**
 * Where a pull request goes: `"excluded"` (changelog.exclude), a category title, or `undefined`
 * when categories exist and none takes it.
 */
function categorize(pull, config) {
    const ruledOut = (rule) => has(rule.authors, pull.author) || pull.labels.some((label) => has(rule.labels, label));
    if (ruledOut(config.exclude))
        return "excluded";
    if (config.categories.length === 0)
        return "What's Changed";
    for (const category of config.categories) {
        if (ruledOut(category.exclude))
            continue;
        if (category.labels.includes("*") || pull.labels.some((label) => has(category.labels, label)))
            return category.title;
    }
    return undefined;
}

;// CONCATENATED MODULE: ../../packages/core/src/release-notes.ts
/**
 * The one notes model of a release, from which the GitHub release body, the CHANGELOG section
 * and the announcements are rendered. A pull request belongs to the range when its merge
 * commit does (merge, squash and rebase merges alike); commits on the range's first-parent line
 * that no pull request brought are listed as direct commits. Pull requests left out of the notes
 * (the release PRs) still brought their commits: those are never direct commits.
 */

/** How a category reads against the strategy. */
function categoryKind(title, labels) {
    const words = [title, ...labels].join(" ");
    if (/break/i.test(words))
        return "breaking";
    if (/feat|enhanc/i.test(words))
        return "feature";
    return undefined;
}
function asCategorizable(pull) {
    return { labels: pull.labels, author: pull.author.login };
}
/** Builds the notes model of a range. */
function buildReleaseNotes(input) {
    const inRange = new Map(input.commits.map((commit) => [commit.sha, commit]));
    const pulls = input.pulls
        .filter((pull) => inRange.has(pull.mergeCommitSha))
        .sort((a, b) => a.number - b.number);
    const broughtByPulls = new Set([...pulls, ...(input.skippedPulls ?? [])].flatMap((pull) => [
        pull.mergeCommitSha,
        ...(pull.headSha ? [pull.headSha] : []),
    ]));
    const directCommits = [];
    for (let commit = inRange.get(input.head); commit; commit = commit.parents[0] ? inRange.get(commit.parents[0]) : undefined) {
        if (!broughtByPulls.has(commit.sha))
            directCommits.push(commit);
    }
    directCommits.reverse();
    const byTitle = new Map();
    const unlisted = [];
    const excluded = [];
    for (const pull of pulls) {
        const place = categorize(asCategorizable(pull), input.config);
        if (place === "excluded")
            excluded.push(pull);
        else if (place === undefined)
            unlisted.push(pull);
        else
            byTitle.set(place, [...(byTitle.get(place) ?? []), pull]);
    }
    const titles = input.config.categories.length > 0
        ? input.config.categories.map((category) => category.title)
        : ["What's Changed"];
    const sections = [...new Set(titles)]
        .filter((title) => byTitle.has(title))
        .map((title) => ({ title, pulls: byTitle.get(title) ?? [] }));
    const seen = new Set();
    const newContributors = pulls
        .filter((pull) => input.isNewContributor?.(pull.author.login) &&
        !seen.has(pull.author.login) &&
        seen.add(pull.author.login))
        .map((pull) => ({ login: pull.author.login, pull }));
    const contentWarnings = [];
    if (input.stream === "y" || input.stream === "z") {
        for (const section of sections) {
            const category = input.config.categories.find((candidate) => candidate.title === section.title);
            const kind = categoryKind(section.title, category?.labels ?? []);
            const list = section.pulls.map((pull) => `#${pull.number}`).join(", ");
            if (kind === "breaking") {
                contentWarnings.push(`${section.title}: ${list}. A ${input.stream === "y" ? "Y-stream keeps backward compatibility" : "Z-stream is for critical bug and documentation fixes"}; breaking changes belong in an X-stream.`);
            }
            else if (kind === "feature" && input.stream === "z") {
                contentWarnings.push(`${section.title}: ${list}. A Z-stream is for critical bug and documentation fixes; features wait for the next Y-stream.`);
            }
        }
    }
    return {
        tag: input.tag,
        previousTag: input.previousTag,
        compareUrl: input.compareUrl,
        sections,
        pulls,
        unlisted,
        excluded,
        directCommits,
        newContributors,
        commits: input.commits,
        contentWarnings,
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/release-notes-source.ts

function toRangeCommit(commit) {
    return {
        sha: commit.sha,
        parents: commit.parents.map((parent) => parent.sha),
        tree: commit.commit.tree.sha,
        message: commit.commit.message,
        authorLogin: commit.author?.login,
        authorName: commit.commit.author?.name ?? "",
        date: commit.commit.committer?.date ?? commit.commit.author?.date ?? "",
    };
}
/** Reads the commits of a range; without `base` (a first release), all commits reachable from `head`. */
async function fetchCommitRange(github, base, head) {
    const where = { owner: github.owner, repo: github.repo };
    if (!base) {
        const commits = await github.client.paginate("GET /repos/{owner}/{repo}/commits", {
            ...where,
            sha: head,
            per_page: 100,
        });
        return { commits: commits.map(toRangeCommit).reverse(), since: undefined };
    }
    const first = await github.client.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
        ...where,
        basehead: `${base}...${head}`,
        per_page: 100,
        page: 1,
    });
    const pages = Math.ceil(first.data.total_commits / 100);
    const rest = await Promise.all(Array.from({ length: Math.max(pages - 1, 0) }, (_, index) => github.client.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
        ...where,
        basehead: `${base}...${head}`,
        per_page: 100,
        page: index + 2,
    })));
    const commits = [first, ...rest]
        .flatMap((response) => response.data.commits)
        .map(toRangeCommit);
    const mergeBase = first.data.merge_base_commit.commit;
    return { commits, since: mergeBase.committer?.date ?? mergeBase.author?.date ?? undefined };
}
/**
 * The merged pull requests whose merge commit is one of `shas`. Pages through closed pull
 * requests by last update, newest first, and stops once a page reaches back before `since`.
 */
async function fetchMergedPulls(github, shas, since, filter = {}) {
    const found = { listed: [], skipped: [] };
    const iterator = github.client.paginate.iterator("GET /repos/{owner}/{repo}/pulls", {
        owner: github.owner,
        repo: github.repo,
        state: "closed",
        sort: "updated",
        direction: "desc",
        per_page: 100,
        ...(filter.base && { base: filter.base }),
    });
    for await (const { data } of iterator) {
        for (const pull of data) {
            if (!pull.merged_at || !pull.merge_commit_sha || !shas.has(pull.merge_commit_sha))
                continue;
            const skip = filter.skipHead?.test(pull.head.ref) || filter.skipTitles?.includes(pull.title);
            (skip ? found.skipped : found.listed).push({
                number: pull.number,
                title: pull.title,
                url: pull.html_url,
                author: { login: pull.user?.login ?? "ghost", ...(pull.user?.type && { type: pull.user.type }) },
                labels: pull.labels.map((label) => label.name),
                mergeCommitSha: pull.merge_commit_sha,
                headSha: pull.head.sha,
                mergedAt: pull.merged_at,
            });
        }
        const oldest = data.at(-1)?.updated_at;
        if (data.length < 100 || (since !== undefined && oldest !== undefined && oldest < since))
            break;
    }
    return found;
}
/**
 * Which authors contribute for the first time: those whose commits on the default branch
 * (GitHub's contributors list) are all in this range.
 */
async function fetchFirstTimeContributors(github, commits) {
    const inRange = new Map();
    for (const commit of commits)
        if (commit.authorLogin)
            inRange.set(commit.authorLogin, (inRange.get(commit.authorLogin) ?? 0) + 1);
    if (inRange.size === 0)
        return new Set();
    const contributors = await github.client.paginate("GET /repos/{owner}/{repo}/contributors", {
        owner: github.owner,
        repo: github.repo,
        per_page: 100,
    });
    const total = new Map(contributors.filter((entry) => entry.login).map((entry) => [entry.login, entry.contributions]));
    return new Set([...inRange].filter(([login, count]) => (total.get(login) ?? count) <= count).map(([login]) => login));
}
/** Gathers the data of a range and builds its notes model. */
async function gatherReleaseNotes(github, request) {
    const range = await fetchCommitRange(github, request.previousTag, request.head);
    const shas = new Set(range.commits.map((commit) => commit.sha));
    const [pulls, newcomers] = await Promise.all([
        fetchMergedPulls(github, shas, range.since, request),
        request.newContributors === false ? new Set() : fetchFirstTimeContributors(github, range.commits),
    ]);
    const head = /^[0-9a-f]{40}$/i.test(request.head)
        ? request.head.toLowerCase()
        : (range.commits.at(-1)?.sha ?? request.head);
    return buildReleaseNotes({
        tag: request.tag,
        previousTag: request.previousTag,
        compareUrl: request.previousTag
            ? github.webUrl(`/compare/${request.previousTag}...${request.tag}`)
            : undefined,
        head,
        commits: range.commits,
        pulls: pulls.listed,
        skippedPulls: pulls.skipped,
        config: request.config,
        stream: request.stream,
        isNewContributor: (login) => newcomers.has(login),
    });
}

;// CONCATENATED MODULE: ../../packages/core/src/maintainers.ts

const lower = (login) => login.toLowerCase();
/** Decides which of `reviewers` are maintainers (at most one request per reviewer in the fallback). */
async function resolveMaintainers(github, policy, reviewers, log) {
    if (policy.approvals.users.length > 0)
        return { logins: new Set(policy.approvals.users.map(lower)), source: "approvals.users" };
    const team = policy.approvals.team;
    try {
        const members = await github.client.paginate("GET /orgs/{org}/teams/{team_slug}/members", {
            org: github.owner,
            team_slug: team,
            per_page: 100,
        });
        return {
            logins: new Set(members.map((member) => lower(member.login))),
            source: `team ${github.owner}/${team}`,
        };
    }
    catch (error) {
        const status = httpStatus(error);
        if (status !== 403 && status !== 404)
            throw error;
    }
    log.warning(`Cannot read the team ${github.owner}/${team} with this token (organization members read is needed; the workflow's GITHUB_TOKEN never has it): counting reviewers with write access to ${github.owner}/${github.repo} as maintainers. Pass a token that can read the team, or list the maintainers in approvals.users.`);
    const logins = new Set();
    for (const login of new Set(reviewers.map(lower))) {
        try {
            const { data } = await github.client.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", {
                owner: github.owner,
                repo: github.repo,
                username: login,
            });
            if (data.permission === "admin" || data.permission === "write" || data.role_name === "maintain")
                logins.add(login);
        }
        catch (error) {
            if (httpStatus(error) !== 404)
                throw error;
        }
    }
    return { logins, source: `reviewers with write access (team ${github.owner}/${team} not readable)` };
}

;// CONCATENATED MODULE: ../../packages/core/src/approvals.ts
/**
 * The approvals model of the release PR and of the tag gate: who approved, who blocks, and
 * whether the strategy's "2 maintainer approvals" holds. The rule is GitHub's own for required
 * reviews: each reviewer's latest opinionated review counts (APPROVED or CHANGES_REQUESTED; a
 * later COMMENTED never erases an approval; a DISMISSED latest review counts as neither and
 * revives nothing older); the author and bots do not count; only maintainers count.
 */
const OPINIONATED = new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);
function isBot(user) {
    return user.type === "Bot" || user.login.endsWith("[bot]");
}
/** Applies the approval rule to reviews listed in chronological order. */
function evaluateApprovals(reviews, rules) {
    const latest = new Map();
    for (const review of reviews) {
        if (!review.user || !OPINIONATED.has(review.state))
            continue;
        latest.set(review.user.login.toLowerCase(), review);
    }
    const approvedBy = [];
    const blockedBy = [];
    const ignored = [];
    for (const review of latest.values()) {
        const login = review.user.login;
        if (login.toLowerCase() === rules.author.toLowerCase())
            ignored.push({ login, why: "author" });
        else if (isBot(review.user))
            ignored.push({ login, why: "bot" });
        else if (!rules.isMaintainer(login))
            ignored.push({ login, why: "not a maintainer" });
        else if (review.state === "DISMISSED")
            ignored.push({ login, why: "dismissed" });
        else if (review.state === "CHANGES_REQUESTED")
            blockedBy.push(login);
        else if (rules.headSha && review.commitId && review.commitId !== rules.headSha)
            ignored.push({ login, why: "approved an older commit" });
        else
            approvedBy.push(login);
    }
    const satisfied = approvedBy.length >= rules.required && blockedBy.length === 0;
    const count = `${approvedBy.length}/${rules.required}`;
    const who = approvedBy.length > 0 ? `: ${approvedBy.join(", ")}` : "";
    const explanation = blockedBy.length > 0
        ? `blocked: ${blockedBy.join(", ")} requested changes (${approvedBy.length} of ${rules.required} maintainer approvals${who})`
        : `${approvedBy.length} of ${rules.required} maintainer approval${rules.required === 1 ? "" : "s"}${who}`;
    return { approvedBy, blockedBy, ignored, required: rules.required, satisfied, count, explanation };
}

;// CONCATENATED MODULE: ../../packages/core/src/release-notes-render.ts

/** How every marker of generated text starts: an HTML comment, so rendered Markdown does not show it. */
const GENERATED_BY = "<!-- generated by instructlab/release-actions";
/** Opens every release body this project writes; a body that starts with it may be refreshed. */
const NOTES_MARKER = `${GENERATED_BY}: edit above this line, or remove it to keep your own text -->`;
/**
 * The line right under the heading of every CHANGELOG section this project writes: a re-run may
 * replace a section that has it, never one without it (a maintainer's own).
 */
const CHANGELOG_MARKER = `${GENERATED_BY}: a re-run replaces this section; remove this line to keep your own text -->`;
/** True when a release body was written by this project (or is empty), so a re-run may replace it. */
function isGeneratedBody(body) {
    return !body?.trim() || body.trimStart().startsWith(NOTES_MARKER);
}
/** The GitHub release body. */
function renderReleaseBody(notes, webUrl) {
    const lines = [NOTES_MARKER, "", "## What's Changed", ""];
    const single = notes.sections.length === 1 && notes.sections[0]?.title === "What's Changed";
    for (const section of notes.sections) {
        if (!single)
            lines.push(`### ${section.title}`, "");
        for (const pull of section.pulls)
            lines.push(`* ${pull.title} by @${pull.author.login} in ${pull.url}`);
        lines.push("");
    }
    if (notes.sections.length === 0)
        lines.push("No pull requests were merged in this release.", "");
    if (notes.directCommits.length > 0) {
        lines.push("### Commits without a pull request", "");
        for (const commit of notes.directCommits) {
            lines.push(`* ${commit.message.split("\n")[0]} (${webUrl}/commit/${commit.sha}${commit.authorLogin ? ` by @${commit.authorLogin}` : ""})`);
        }
        lines.push("");
    }
    if (notes.newContributors.length > 0) {
        lines.push("## New Contributors", "");
        for (const { login, pull } of notes.newContributors)
            lines.push(`* @${login} made their first contribution in ${pull.url}`);
        lines.push("");
    }
    if (notes.compareUrl)
        lines.push(`**Full Changelog**: ${notes.compareUrl}`);
    return `${lines.join("\n").trimEnd()}\n`;
}
const RELEASE_HEADING = /^## (v?)(\d+)\.(\d+)(?:\.(\d+))?\b/;
/** Reads the style from the file's headings; InstructLab's (`## vX.Y`) when there are none. */
function detectChangelogStyle(text) {
    let withV = 0;
    let withoutV = 0;
    let patch = 0;
    let minor = 0;
    for (const line of (text ?? "").split("\n")) {
        const match = RELEASE_HEADING.exec(line);
        if (!match)
            continue;
        if (match[1])
            withV++;
        else
            withoutV++;
        if (match[4] !== undefined)
            patch++;
        else
            minor++;
    }
    return { prefix: withoutV > withV ? "" : "v", granularity: patch > minor ? "patch" : "minor" };
}
/** The section heading of a release: `## v0.27` for a Y-stream in minor style, `## v0.26.1` for a patch. */
function changelogHeading(version, stream, style) {
    const minorOnly = style.granularity === "minor" && stream !== "z";
    const number = minorOnly
        ? `${version.major}.${version.minor}`
        : `${version.major}.${version.minor}.${version.patch}`;
    return `## ${style.prefix}${number}`;
}
/** The CHANGELOG section of a release (heading, marker, one subsection per category). */
function renderChangelogSection(notes, heading) {
    const lines = [heading, CHANGELOG_MARKER, ""];
    for (const section of notes.sections) {
        lines.push(`### ${section.title}`, "");
        for (const pull of section.pulls)
            lines.push(`* ${pull.title} ([#${pull.number}](${pull.url}))`);
        lines.push("");
    }
    if (notes.sections.length === 0)
        lines.push("No user-facing changes.", "");
    return lines.join("\n");
}
function headingVersion(line) {
    const match = RELEASE_HEADING.exec(line);
    if (!match)
        return undefined;
    const reading = readReleaseVersion(`${match[2]}.${match[3]}.${match[4] ?? "0"}`);
    return reading.ok ? reading.version : undefined;
}
/** Lines `[start, end)` of the section under `heading` (the heading included), if the file has one. */
function findSection(lines, heading) {
    const start = lines.findIndex((line) => line.trim() === heading);
    if (start === -1)
        return undefined;
    const end = lines.findIndex((line, index) => index > start && line.startsWith("## "));
    return { start, end: end === -1 ? lines.length : end };
}
/**
 * Who wrote a CHANGELOG's section under `heading`: `"generated"` when its first non-blank line
 * under the heading is this project's marker (or it has none: an empty section is there to be
 * filled), `"hand-written"` otherwise, `"none"` without one.
 */
function changelogSectionOrigin(text, heading) {
    const lines = (text ?? "").replace(/\r\n/g, "\n").split("\n");
    const found = findSection(lines, heading);
    if (!found)
        return "none";
    const first = lines.slice(found.start + 1, found.end).find((line) => line.trim() !== "");
    // An empty section (a heading put there to be filled) is filled like a generated one.
    return first === undefined || first.trim().startsWith(GENERATED_BY) ? "generated" : "hand-written";
}
/**
 * Puts a release's section into a CHANGELOG: replaces a generated section with the same heading
 * (so a re-run changes nothing), keeps a hand-written one (the text is returned as it is; see
 * {@link changelogSectionOrigin}), or inserts it above the first section of a lower version, below
 * any title or preamble. Returns the new text.
 */
function insertChangelogSection(text, heading, section, version) {
    if (text !== undefined && changelogSectionOrigin(text, heading) === "hand-written")
        return text;
    const lines = (text ?? "").replace(/\r\n/g, "\n").split("\n");
    const block = `${section.trimEnd()}\n`;
    const headingAt = (index) => (lines[index] ?? "").startsWith("## ");
    const existing = findSection(lines, heading);
    let start;
    let end;
    if (existing) {
        ({ start, end } = existing);
    }
    else {
        const lower = lines.findIndex((line) => {
            const other = headingVersion(line);
            return other !== undefined && compareReleaseVersions(other, version) < 0;
        });
        const firstHeading = lines.findIndex((_, index) => headingAt(index));
        start =
            lower !== -1
                ? lower
                : firstHeading !== -1 && headingVersion(lines[firstHeading] ?? "") === undefined
                    ? firstHeading
                    : lines.length;
        end = start;
    }
    const before = lines.slice(0, start).join("\n").trimEnd();
    const after = lines.slice(end).join("\n").trim();
    return [before, block.trimEnd(), after]
        .filter((part) => part !== "")
        .join("\n\n")
        .concat("\n");
}

;// CONCATENATED MODULE: ./src/pr-body.ts
/**
 * The release pull request's title and body: what the release is, a checklist for the
 * maintainers (with the approval count the strategy requires), and the notes preview.
 */

const STREAMS = { x: "X-stream (major)", y: "Y-stream", z: "Z-stream (patch)" };
/** Marks a body as written by this stage, so a later run knows the PR is the release PR. */
function releasePullMarker(tag) {
    return `<!-- instructlab/release-actions release-pr ${tag} -->`;
}
/** The pull request's title. */
function releasePullTitle(plan) {
    return `Release ${plan.tag}`;
}
/** The pull request's body. */
function renderReleasePullBody(options) {
    const { plan, notes } = options;
    const approvals = options.approvals?.count ?? `0/${options.required}`;
    const satisfied = options.approvals?.satisfied ?? options.required === 0;
    const lines = [
        releasePullMarker(plan.tag),
        `This is the release commit of **${plan.tag}**, a ${STREAMS[plan.stream]}${plan.prerelease ? " pre-release" : ""} release, onto ${code(options.base)}.`,
        `Notes since ${notes.previousTag ?? "the first commit"}: ${notes.pulls.length} pull request(s), ${notes.directCommits.length} commit(s) without one.`,
        "",
        "### Checklist",
        "",
        ...options.changes.map((change) => `- [x] ${code(change.path)}: ${change.reason}`),
        ...(options.keptChangelog
            ? [
                `- [x] ${code(options.keptChangelog.path)}: the ${options.keptChangelog.heading.slice(3)} section was written by hand and is kept as it is (compare it with the release notes preview below)`,
            ]
            : []),
        `- [ ] The CHANGELOG section reads well (edit it in this PR if needed)`,
        `- [${satisfied ? "x" : " "}] Approvals ${approvals} from maintainers (${options.maintainers})`,
        `- [ ] Merge, then create the release: tag-and-changelog tags ${code(plan.tag)} on ${code(options.base)} and publishes the notes`,
    ];
    if (notes.contentWarnings.length > 0)
        lines.push("", "### Does not fit the strategy", "", ...notes.contentWarnings.map((warning) => `- ${warning}`));
    if (notes.unlisted.length > 0) {
        lines.push("", `${notes.unlisted.length} pull request(s) fit no category of the release notes configuration and are not listed: ${notes.unlisted.map((pull) => `#${pull.number}`).join(", ")}.`);
    }
    lines.push("", "<details><summary>Release notes preview</summary>", "", renderReleaseBody(notes, options.webUrl).trim(), "", "</details>", "");
    return lines.join("\n");
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/release-branch-commit.ts
/**
 * The release commit, made through the Git Data API (so GitHub signs it when the token is the
 * workflow's or an app's) on a head branch owned by the action, on top of the release branch.
 * A re-run whose commit would be the same keeps the existing one; when the release branch moved,
 * the head branch is rebuilt on it. A head branch with commits of its own (a maintainer's edit on
 * top of the release commit) is left alone: rebuilding it would throw the edit and its approvals away.
 */

/** The id git gives a file with this content, to compare without uploading anything. */
function blobSha(content) {
    const bytes = Buffer.from(content, "utf8");
    return (0,external_node_crypto_namespaceObject.createHash)("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
/**
 * What `head` holds over the base: `current` is one commit on the base that changes exactly these
 * files to these contents; `stale` is only this stage's commit (titled as `message`), made on an
 * older base or with other contents; `edited` holds someone else's commits too.
 */
async function headState(github, base, head, message, changes) {
    const { data } = await github.client.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
        owner: github.owner,
        repo: github.repo,
        basehead: `${base}...${head}`,
    });
    const title = (text) => text.split("\n", 1)[0];
    if (data.ahead_by > 1 || data.commits.some((commit) => title(commit.commit.message) !== title(message)))
        return "edited";
    if (data.ahead_by !== 1 || data.behind_by !== 0)
        return "stale";
    const files = new Map((data.files ?? []).map((file) => [file.filename, file.sha]));
    return files.size === changes.length &&
        changes.every((change) => files.get(change.path) === blobSha(change.after))
        ? "current"
        : "stale";
}
/**
 * Writes the release commit and points the head branch at it; a re-run with nothing new, or whose
 * head branch has commits of its own, writes nothing.
 */
async function writeReleaseCommit(github, target, changes) {
    if (target.existingHead) {
        const state = await headState(github, target.base.sha, target.existingHead, target.message, changes);
        if (state === "current")
            return { sha: target.existingHead, outcome: "unchanged" };
        if (state === "edited")
            return { sha: target.existingHead, outcome: "left alone" };
    }
    if (github.dryRun)
        return { sha: "", outcome: "would create" };
    const where = { owner: github.owner, repo: github.repo };
    const baseTree = target.base.tree ??
        (await github.client.request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", {
            ...where,
            commit_sha: target.base.sha,
        })).data.tree.sha;
    const tree = await github.write(`create the release commit's tree`, "contents: write", () => github.client.request("POST /repos/{owner}/{repo}/git/trees", {
        ...where,
        base_tree: baseTree,
        tree: changes.map((change) => ({
            path: change.path,
            mode: "100644",
            type: "blob",
            content: change.after,
        })),
    }));
    const commit = await github.write("create the release commit", "contents: write", () => github.client.request("POST /repos/{owner}/{repo}/git/commits", {
        ...where,
        message: target.message,
        tree: tree.data.sha,
        parents: [target.base.sha],
    }));
    const ref = `refs/heads/${target.headBranch}`;
    if (!target.existingHead && (await github.createRef(ref, commit.data.sha)) === "created")
        return { sha: commit.data.sha, outcome: "created" };
    // The head branch exists (our pull request's, or left by a run that died before opening it).
    await github.write(`move ${target.headBranch}`, "contents: write", () => github.client.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
        ...where,
        ref: `heads/${target.headBranch}`,
        sha: commit.data.sha,
        force: true,
    }));
    return { sha: commit.data.sha, outcome: "rebuilt" };
}

;// CONCATENATED MODULE: ./src/version-files.ts
/**
 * Sets the release version in the files of projects with a static version: `pyproject.toml`
 * (`[project].version`, or `[tool.poetry].version`), and Python modules (`__init__.py`,
 * `_version.py`, … with `__version__ = "…"` or `version = "…"`). The caller refuses a listed
 * file that would not change (see release-changes.ts): it would ship the old version.
 */

const TOML_VERSION = /^(\s*version\s*=\s*)(["'])([^"']*)\2/m;
const PY_VERSION = /^((?:__version__|version|VERSION)\s*(?::\s*str\s*)?=\s*)(["'])([^"']*)\2/m;
function setInTomlTable(text, tables, version) {
    for (const table of tables) {
        const header = new RegExp(`^\\[${table.replace(/\./g, "\\.")}\\]\\s*$`, "m").exec(text);
        if (!header)
            continue;
        const start = header.index + header[0].length;
        const next = /^\[/m.exec(text.slice(start));
        const end = next ? start + next.index : text.length;
        const body = text.slice(start, end);
        if (!TOML_VERSION.test(body))
            continue;
        return (text.slice(0, start) +
            body.replace(TOML_VERSION, (_, prefix, quote) => `${prefix}${quote}${version}${quote}`) +
            text.slice(end));
    }
    return undefined;
}
/**
 * Returns the file's text with the version set.
 * @throws ConfigurationError when the file has no version this function knows how to set.
 */
function setVersion(path, text, version) {
    let updated;
    if (path.endsWith(".toml")) {
        if (/^\s*dynamic\s*=\s*\[[^\]]*["']version["']/m.test(text)) {
            throw new ConfigurationError(`version-files: ${path} declares the version dynamic (setuptools_scm, hatch-vcs…): the tag sets it, so leave ${path} out of version-files.`);
        }
        updated = setInTomlTable(text, ["project", "tool.poetry"], version);
    }
    else if (path.endsWith(".py")) {
        updated = PY_VERSION.test(text)
            ? text.replace(PY_VERSION, (_, prefix, quote) => `${prefix}${quote}${version}${quote}`)
            : undefined;
    }
    else {
        throw new ConfigurationError(`version-files: ${path} is neither a pyproject-style .toml file nor a Python module; list pyproject.toml, __init__.py or _version.py files.`);
    }
    if (updated === undefined) {
        const where = path.endsWith(".toml")
            ? "a version key in [project] or [tool.poetry]"
            : 'a __version__ = "…" (or version = "…") line';
        throw new ConfigurationError(`version-files: ${path} has ${where.replace(/^a /, "no ")} to set to ${version}.`);
    }
    return updated;
}

;// CONCATENATED MODULE: ./src/release-changes.ts
/**
 * The files the release commit changes, computed from the release branch's current content:
 * the CHANGELOG section (from the notes model), the version in static-version files, and the
 * requirement caps. Reading first and writing nothing lets dry-run show the exact diff.
 */



/** Computes the changed files at `ref` (the release branch head). */
async function computeReleaseChanges(github, ref, plan, notes, request) {
    const read = async (path) => github.getFileText(path, ref);
    const changes = [];
    const changelog = await read(request.changelogFile);
    const heading = changelogHeading(plan.version, plan.stream, detectChangelogStyle(changelog));
    const section = renderChangelogSection(notes, heading);
    // A section without the generated marker is a maintainer's (InstructLab writes its CHANGELOG by
    // hand): it wins over the generated one, which is reported instead.
    const keptChangelog = changelogSectionOrigin(changelog, heading) === "hand-written"
        ? { path: request.changelogFile, heading, generated: section }
        : undefined;
    const withSection = insertChangelogSection(changelog, heading, section, plan.version);
    if (withSection !== changelog)
        changes.push({
            path: request.changelogFile,
            before: changelog,
            after: withSection,
            reason: `${heading.slice(3)} section`,
        });
    const version = formatReleaseVersion(plan.version);
    const unchanged = [];
    for (const path of request.versionFiles) {
        const text = await read(path);
        if (text === undefined)
            throw new ConfigurationError(`version-files: ${path} does not exist on ${ref}.`);
        const after = setVersion(path, text, version);
        if (after === text)
            unchanged.push(path);
        else
            changes.push({ path, before: text, after, reason: `version ${version}` });
    }
    for (const cap of request.caps) {
        const text = await read(cap.path);
        if (text === undefined)
            throw new ConfigurationError(`cap-requirements: ${cap.path} does not exist on ${ref}.`);
        const after = capRequirements(cap.path, text, cap.packages);
        if (after !== text)
            changes.push({
                path: cap.path,
                before: text,
                after,
                reason: `caps ${cap.packages.join(", ")} below their next minor`,
            });
    }
    // Nothing to change means the release commit already landed (a re-run); a release commit that
    // changes other files but not a listed version file would ship the old version.
    if (changes.length > 0 && unchanged.length > 0) {
        throw new ConfigurationError(`version-files: ${unchanged.join(", ")} already say${unchanged.length === 1 ? "s" : ""} ${version} on ${ref} while the rest of the release commit is not there yet. Remove ${unchanged.length === 1 ? "it" : "them"} from version-files if that is expected, or check that the right file is listed.`);
    }
    return { files: changes, keptChangelog };
}

;// CONCATENATED MODULE: ./src/release-pull-request.ts

function toInfo(pull) {
    return {
        number: pull.number,
        url: pull.html_url,
        state: pull.state === "open" ? "open" : "closed",
        merged: pull.merged_at !== null,
        headSha: pull.head.sha,
        // GitHub fills merge_commit_sha for open PRs too (a test merge): only a merged one's counts.
        mergeCommitSha: (pull.merged_at !== null && pull.merge_commit_sha) || undefined,
        author: pull.user?.login ?? "",
        labels: pull.labels.map((label) => label.name),
        milestone: pull.milestone?.title,
        requested: (pull.requested_reviewers ?? []).map((user) => user.login),
        requestedTeams: (pull.requested_teams ?? []).map((team) => team.slug),
        body: pull.body ?? "",
        title: pull.title,
    };
}
/** The release pull requests from `head` into `base`: the open one, and the merged one if any. */
async function findReleasePulls(github, head, base) {
    const { data } = await github.client.request("GET /repos/{owner}/{repo}/pulls", {
        owner: github.owner,
        repo: github.repo,
        head: `${github.owner}:${head}`,
        base,
        state: "all",
        per_page: 100,
    });
    const pulls = data.map(toInfo);
    return { open: pulls.find((pull) => pull.state === "open"), merged: pulls.find((pull) => pull.merged) };
}
/** Opens the pull request, or updates the open one's title and body when they changed. */
async function upsertReleasePull(github, existing, pull) {
    const where = { owner: github.owner, repo: github.repo };
    if (existing) {
        if (existing.title === pull.title && existing.body === pull.body)
            return { info: existing, created: false };
        const { data } = await github.write("update the release pull request", "pull-requests: write", () => github.client.request("PATCH /repos/{owner}/{repo}/pulls/{pull_number}", {
            ...where,
            pull_number: existing.number,
            title: pull.title,
            body: pull.body,
        }));
        return { info: toInfo(data), created: false };
    }
    try {
        const { data } = await github.write("open the release pull request", "pull-requests: write", () => github.client.request("POST /repos/{owner}/{repo}/pulls", {
            ...where,
            head: pull.head,
            base: pull.base,
            title: pull.title,
            body: pull.body,
            draft: pull.draft,
        }));
        return { info: toInfo(data), created: true };
    }
    catch (error) {
        // Another run opened it between our lookup and our create.
        if (httpStatus(error) !== 422 || !/already exists/i.test(getErrorMessage(error)))
            throw error;
        const { open } = await findReleasePulls(github, pull.head, pull.base);
        if (!open)
            throw error;
        return upsertReleasePull(github, open, pull);
    }
}
/** Adds the labels and sets the milestone in one request (skipped when already so). */
async function labelAndMilestone(github, pull, labels, milestoneTitle, log) {
    const where = { owner: github.owner, repo: github.repo };
    const missingLabels = labels.filter((label) => !pull.labels.some((existing) => existing.toLowerCase() === label.toLowerCase()));
    let milestone;
    if (pull.milestone !== milestoneTitle) {
        const milestones = await github.client.paginate("GET /repos/{owner}/{repo}/milestones", {
            ...where,
            state: "open",
            per_page: 100,
        });
        milestone = milestones.find((candidate) => candidate.title === milestoneTitle)?.number;
        if (milestone === undefined)
            log.warning(`No open milestone "${milestoneTitle}": the release PR is left without one. rotate-milestones keeps the next releases' milestones open.`);
    }
    if (missingLabels.length === 0 && milestone === undefined)
        return { milestone: pull.milestone };
    await github.write("label the release pull request", "issues: write", () => github.client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        ...where,
        issue_number: pull.number,
        labels: [...pull.labels, ...missingLabels],
        ...(milestone !== undefined && { milestone }),
    }));
    return { milestone: milestone === undefined ? pull.milestone : milestoneTitle };
}
const unlisted = (logins) => {
    const listed = new Set(logins.map((login) => login.toLowerCase()));
    return (name) => !listed.has(name.toLowerCase());
};
/**
 * Requests reviews from those not asked yet and who have not reviewed (GitHub drops a user's
 * request once they review), so a re-run notifies nobody twice; GitHub's refusals become warnings.
 */
async function requestReviewers(github, pull, wanted, log) {
    const users = wanted.users.filter(unlisted([pull.author, ...pull.requested, ...wanted.reviewed]));
    const teams = wanted.teams.filter(unlisted(pull.requestedTeams));
    // Users and teams in separate requests: GitHub refuses team reviewers to the workflow's
    // GITHUB_TOKEN (422), and a refused request asks none of its reviewers.
    if (users.length > 0)
        await ask(users, { reviewers: users });
    if (teams.length > 0)
        await ask(teams.map((team) => `team ${team}`), { team_reviewers: teams });
    async function ask(names, body) {
        try {
            await github.write("request reviews on the release pull request", "pull-requests: write", () => github.client.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
                owner: github.owner,
                repo: github.repo,
                pull_number: pull.number,
                ...body,
            }));
        }
        catch (error) {
            if (httpStatus(error) !== 422)
                throw error;
            log.warning(`GitHub refused to request reviews from ${names.join(", ")}: ${getErrorMessage(error)}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/run.ts





/** The head branches this stage owns: one per release. */
const HEAD_BRANCH_PREFIX = "release-actions/";
/** Opens (or refreshes) the release commit and its pull request onto the release branch. */
async function run(settings, { github, log }) {
    const policy = await log.group("Release policy", () => loadReleasePolicy(github, settings.config, settings.context.sha, log));
    const history = await log.group("Releases and branches", () => ReleaseHistory.load(github, policy));
    const plan = planRelease({ version: settings.version, allowMajor: true, allowOlderStream: true }, history);
    // A final Y- or X-stream release goes onto its release branch; in dry-run, before
    // create-release-branch has cut it, the preview uses main, where it would be cut from.
    const branchToCome = !settings.releaseBranch && !plan.branch && !plan.prerelease;
    if (branchToCome && !settings.dryRun) {
        throw new ConfigurationError(`${plan.releaseBranch} does not exist: the release commit of ${plan.tag} goes onto its release branch. Run create-release-branch first (it cuts ${plan.releaseBranch} from main), or set "release-branch".`);
    }
    const baseName = settings.releaseBranch || (branchToCome ? plan.releaseBranch : plan.commitBranch);
    const readFrom = branchToCome ? policy.mainBranch : baseName;
    if (branchToCome)
        log.info(`dry-run: ${plan.releaseBranch} does not exist yet; previewing on ${policy.mainBranch}, where create-release-branch would cut it.`);
    const baseRef = history.branches.get(readFrom) ?? (await github.getRef(`heads/${readFrom}`));
    if (!baseRef) {
        throw new ConfigurationError(`The release PR targets ${baseName}, which does not exist in ${github.owner}/${github.repo}. For a new Y-stream, run create-release-branch first; or set "release-branch".`);
    }
    const headBranch = `${HEAD_BRANCH_PREFIX}${plan.tag}`;
    const warnings = [];
    /** In the log now and in the summary's warnings. */
    const warn = (warning) => {
        log.warning(warning);
        warnings.push(warning);
    };
    const finish = (fields) => ({
        plan,
        policy,
        base: baseName,
        headBranch,
        warnings,
        ...fields,
        requests: github.requestCount,
    });
    const existing = await findReleasePulls(github, headBranch, baseName);
    if (existing.merged && !existing.open) {
        // The release PR of this version was merged (perhaps with a maintainer's edits): what comes
        // next is the tag, whatever the release commit would contain now. A second PR would undo
        // those edits or ship a different commit under the same version.
        const merged = existing.merged;
        log.info(`#${merged.number} (${merged.url}) was merged into ${baseName}: nothing to open. The next step is tagging (tag-and-changelog, release.yml); for a new release commit, use a new version.`);
        return finish({
            notes: undefined,
            changes: [],
            keptChangelog: undefined,
            commit: { sha: merged.mergeCommitSha ?? baseRef.sha, outcome: "already merged" },
            pull: merged,
            created: false,
            body: "",
            approvals: undefined,
            maintainers: "",
        });
    }
    const previousTag = settings.previousTag || plan.previous?.tag.name;
    const notes = await log.group(`Release notes ${previousTag ?? "(first release)"}…${baseName}`, async () => {
        const config = await loadNotesConfig(github, policy.changelog.categories, settings.context.sha || readFrom);
        const gathered = await gatherReleaseNotes(github, {
            tag: plan.tag,
            previousTag,
            head: baseRef.sha,
            stream: plan.stream,
            config,
            skipHead: new RegExp(`^${HEAD_BRANCH_PREFIX}`),
            skipTitles: [releasePullTitle(plan)],
            newContributors: false,
            ...(plan.stream === "z" && { base: baseName }),
        });
        log.info(`${gathered.pulls.length} pull requests and ${gathered.directCommits.length} direct commits since ${previousTag ?? "the first commit"} (notes configuration: ${config.source}).`);
        return gathered;
    });
    for (const warning of notes.contentWarnings)
        log.warning(warning);
    const { files: changes, keptChangelog } = await log.group("Release commit", () => computeReleaseChanges(github, baseRef.sha, plan, notes, {
        changelogFile: settings.changelogFile || policy.changelog.file,
        versionFiles: settings.versionFiles,
        caps: settings.caps,
    }));
    if (keptChangelog) {
        const { path, heading } = keptChangelog;
        const compare = changes.length > 0
            ? `The generated notes are in the release PR's body ("Release notes preview") for comparison, and the section this stage would have written is in this run's summary`
            : `Nothing else changes, so there is no release commit to make; the section this stage would have written is in this run's summary for comparison`;
        warn(`${path}: the ${heading.slice(3)} section on ${baseName} was written by hand (it has no "generated by instructlab/release-actions" line under its heading), so it was kept as it is and the release commit does not change ${path}. ${compare}. To have this stage write the section instead, delete it on ${baseName} and re-run.`);
    }
    const baseTree = notes.commits.find((commit) => commit.sha === baseRef.sha)?.tree;
    if (changes.length === 0) {
        // Everything the release commit would change is already on the branch.
        log.info(`${baseName} already has the release commit: nothing to open.`);
        const pull = existing.open ?? existing.merged;
        return result(pull, false, { sha: baseRef.sha, outcome: "already merged" }, "", undefined, "");
    }
    const commit = await log.group(`Head branch ${headBranch}`, () => writeReleaseCommit(github, {
        base: { name: baseName, sha: baseRef.sha, tree: baseTree },
        headBranch,
        existingHead: existing.open?.headSha,
        message: `${releasePullTitle(plan)}\n\n${changes.map((change) => `- ${change.path}: ${change.reason}`).join("\n")}`,
    }, changes));
    const reviewers = existing.open ? await reviewsOf(existing.open) : [];
    const maintainers = reviewers.length > 0
        ? await resolveMaintainers(github, policy, reviewers.map((review) => review.user?.login ?? ""), log)
        : undefined;
    const approvals = existing.open && maintainers
        ? evaluateApprovals(reviewers, {
            author: existing.open.author,
            isMaintainer: (login) => maintainers.logins.has(login.toLowerCase()),
            required: policy.approvals.required,
            // The head the PR has once this run is done: a rebuilt release commit voids older approvals.
            ...(policy.approvals.headCommitOnly && { headSha: commit.sha }),
        })
        : undefined;
    const maintainersText = maintainers?.source ??
        (policy.approvals.users.length > 0 ? "approvals.users" : `team ${github.owner}/${policy.approvals.team}`);
    const body = renderReleasePullBody({
        plan,
        base: baseName,
        notes,
        changes,
        keptChangelog,
        approvals,
        required: policy.approvals.required,
        maintainers: maintainersText,
        webUrl: github.webUrl(),
    });
    if (commit.outcome === "left alone" && existing.open) {
        // A maintainer's edit (and the approvals of it) outweighs regenerating the release commit.
        warn(`#${existing.open.number} was left as it is: ${headBranch} has commits of its own besides the release commit this stage makes, and a re-run does not overwrite them. To regenerate the release commit, close the PR or delete ${headBranch}, then re-run.`);
        return result(existing.open, false, commit, existing.open.body, approvals, maintainersText);
    }
    if (settings.dryRun) {
        log.info(`dry-run: would ${existing.open ? `update #${existing.open.number}` : "open the release PR"} from ${headBranch} into ${baseName}.`);
        return result(existing.open, false, commit, body, approvals, maintainersText);
    }
    const { info, created } = await log.group("Pull request", async () => {
        const upserted = await upsertReleasePull(github, existing.open, {
            head: headBranch,
            base: baseName,
            title: releasePullTitle(plan),
            body,
            draft: settings.draft,
        });
        await labelAndMilestone(github, upserted.info, settings.labels, plan.milestone, log);
        await requestReviewers(github, upserted.info, {
            users: settings.reviewers,
            teams: settings.teamReviewers,
            reviewed: reviewers.flatMap((review) => (review.user ? [review.user.login] : [])),
        }, log);
        log.info(`${upserted.created ? "Opened" : "Updated"} ${upserted.info.url}.`);
        return upserted;
    });
    return result(info, created, commit, body, approvals, maintainersText);
    async function reviewsOf(pull) {
        const list = await github.client.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
            owner: github.owner,
            repo: github.repo,
            pull_number: pull.number,
            per_page: 100,
        });
        return list.map((review) => ({
            user: review.user ? { login: review.user.login, type: review.user.type } : null,
            state: review.state,
            commitId: review.commit_id,
        }));
    }
    function result(pull, created, commitResult, text, status, maintainersSource) {
        return finish({
            notes,
            changes,
            keptChangelog,
            commit: commitResult,
            pull,
            created,
            body: text,
            approvals: status,
            maintainers: maintainersSource,
        });
    }
}

;// CONCATENATED MODULE: ./src/main.ts




/** Entry point on the runner: inputs → run → outputs and job summary. */
function main() {
    return runStage({ name: "open-release-pr", readSettings: readInputs, run: run, report: report });
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(18);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
=======
/* v8 ignore else -- @preserve */var j="0.0.0-development";function _buildMessageForResponseErrors(e){return`Request failed due to following response errors:\n`+e.errors.map(e=>` - ${e.message}`).join("\n")}var z=class extends Error{constructor(e,t,r){super(_buildMessageForResponseErrors(r));this.request=e;this.headers=t;this.response=r;this.errors=r.errors;this.data=r.data;if(Error.captureStackTrace){Error.captureStackTrace(this,this.constructor)}}request;headers;response;name="GraphqlResponseError";errors;data};var Z=["method","baseUrl","url","headers","request","query","mediaType","operationName"];var K=["query","method","url"];var X=/\/api\/v3\/?$/;function graphql(e,t,r){if(r){if(typeof t==="string"&&"query"in r){return Promise.reject(new Error(`[@octokit/graphql] "query" cannot be used as variable name`))}for(const e in r){if(!K.includes(e))continue;return Promise.reject(new Error(`[@octokit/graphql] "${e}" cannot be used as variable name`))}}const s=typeof t==="string"?Object.assign({query:t},r):t;const o=Object.keys(s).reduce((e,t)=>{if(Z.includes(t)){e[t]=s[t];return e}if(!e.variables){e.variables={}}e.variables[t]=s[t];return e},{});const n=s.baseUrl||e.endpoint.DEFAULTS.baseUrl;if(X.test(n)){o.url=n.replace(X,"/api/graphql")}return e(o).then(e=>{if(e.data.errors){const t={};for(const r of Object.keys(e.headers)){t[r]=e.headers[r]}throw new z(o,t,e.data)}return e.data.data})}function graphql_dist_bundle_withDefaults(e,t){const r=e.defaults(t);const newApi=(e,t)=>graphql(r,e,t);return Object.assign(newApi,{defaults:graphql_dist_bundle_withDefaults.bind(null,r),endpoint:r.endpoint})}var ee=graphql_dist_bundle_withDefaults($,{headers:{"user-agent":`octokit-graphql.js/${j} ${getUserAgent()}`},method:"POST",url:"/graphql"});function withCustomRequest(e){return graphql_dist_bundle_withDefaults(e,{method:"POST",url:"/graphql"})}
/* v8 ignore if -- @preserve */var te="(?:[a-zA-Z0-9_-]+)";var re="\\.";var se=new RegExp(`^${te}${re}${te}${re}${te}$`);var oe=se.test.bind(se);async function auth(e){const t=oe(e);const r=e.startsWith("v1.")||e.startsWith("ghs_");const s=e.startsWith("ghu_");const o=t?"app":r?"installation":s?"user-to-server":"oauth";return{type:"token",token:e,tokenType:o}}function withAuthorizationPrefix(e){if(e.split(/\./).length===3){return`bearer ${e}`}return`token ${e}`}async function hook(e,t,r,s){const o=t.endpoint.merge(r,s);o.headers.authorization=withAuthorizationPrefix(e);return t(o)}var ne=function createTokenAuth2(e){if(!e){throw new Error("[@octokit/auth-token] No token passed to createTokenAuth")}if(typeof e!=="string"){throw new Error("[@octokit/auth-token] Token passed to createTokenAuth is not a string")}e=e.replace(/^(token|bearer) +/i,"");return Object.assign(auth.bind(null,e),{hook:hook.bind(null,e)})};const Ae="7.0.8";const dist_src_noop=()=>{};const ie=console.warn.bind(console);const ae=console.error.bind(console);function createLogger(e={}){if(typeof e.debug!=="function"){e.debug=dist_src_noop}if(typeof e.info!=="function"){e.info=dist_src_noop}if(typeof e.warn!=="function"){e.warn=ie}if(typeof e.error!=="function"){e.error=ae}return e}const ce=`octokit-core.js/${Ae} ${getUserAgent()}`;class Octokit{static VERSION=Ae;static defaults(e){const t=class extends(this){constructor(...t){const r=t[0]||{};if(typeof e==="function"){super(e(r));return}super(Object.assign({},e,r,r.userAgent&&e.userAgent?{userAgent:`${r.userAgent} ${e.userAgent}`}:null))}};return t}static plugins=[];static plugin(...e){const t=this.plugins;const r=class extends(this){static plugins=t.concat(e.filter(e=>!t.includes(e)))};return r}constructor(e={}){const t=new u.Collection;const r={baseUrl:$.endpoint.DEFAULTS.baseUrl,headers:{},request:Object.assign({},e.request,{hook:t.bind(null,"request")}),mediaType:{previews:[],format:""}};r.headers["user-agent"]=e.userAgent?`${e.userAgent} ${ce}`:ce;if(e.baseUrl){r.baseUrl=e.baseUrl}if(e.previews){r.mediaType.previews=e.previews}if(e.timeZone){r.headers["time-zone"]=e.timeZone}this.request=$.defaults(r);this.graphql=withCustomRequest(this.request).defaults(r);this.log=createLogger(e.log);this.hook=t;if(!e.authStrategy){if(!e.auth){this.auth=async()=>({type:"unauthenticated"})}else{const r=ne(e.auth);t.wrap("request",r.hook);this.auth=r}}else{const{authStrategy:r,...s}=e;const o=r(Object.assign({request:this.request,log:this.log,octokit:this,octokitOptions:s},e.auth));t.wrap("request",o.hook);this.auth=o}const s=this.constructor;for(let t=0;t<s.plugins.length;++t){Object.assign(this,s.plugins[t](this,e))}}request;graphql;log;hook;auth}const le="17.0.0";const ue={actions:{addCustomLabelsToSelfHostedRunnerForOrg:["POST /orgs/{org}/actions/runners/{runner_id}/labels"],addCustomLabelsToSelfHostedRunnerForRepo:["POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"],addRepoAccessToSelfHostedRunnerGroupInOrg:["PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"],addSelectedRepoToOrgSecret:["PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"],addSelectedRepoToOrgVariable:["PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"],approveWorkflowRun:["POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"],cancelWorkflowRun:["POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"],createEnvironmentVariable:["POST /repos/{owner}/{repo}/environments/{environment_name}/variables"],createHostedRunnerForOrg:["POST /orgs/{org}/actions/hosted-runners"],createOrUpdateEnvironmentSecret:["PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"],createOrUpdateOrgSecret:["PUT /orgs/{org}/actions/secrets/{secret_name}"],createOrUpdateRepoSecret:["PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"],createOrgVariable:["POST /orgs/{org}/actions/variables"],createRegistrationTokenForOrg:["POST /orgs/{org}/actions/runners/registration-token"],createRegistrationTokenForRepo:["POST /repos/{owner}/{repo}/actions/runners/registration-token"],createRemoveTokenForOrg:["POST /orgs/{org}/actions/runners/remove-token"],createRemoveTokenForRepo:["POST /repos/{owner}/{repo}/actions/runners/remove-token"],createRepoVariable:["POST /repos/{owner}/{repo}/actions/variables"],createWorkflowDispatch:["POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"],deleteActionsCacheById:["DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"],deleteActionsCacheByKey:["DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"],deleteArtifact:["DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],deleteCustomImageFromOrg:["DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"],deleteCustomImageVersionFromOrg:["DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"],deleteEnvironmentSecret:["DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"],deleteEnvironmentVariable:["DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"],deleteHostedRunnerForOrg:["DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"],deleteOrgSecret:["DELETE /orgs/{org}/actions/secrets/{secret_name}"],deleteOrgVariable:["DELETE /orgs/{org}/actions/variables/{name}"],deleteRepoSecret:["DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"],deleteRepoVariable:["DELETE /repos/{owner}/{repo}/actions/variables/{name}"],deleteSelfHostedRunnerFromOrg:["DELETE /orgs/{org}/actions/runners/{runner_id}"],deleteSelfHostedRunnerFromRepo:["DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"],deleteWorkflowRun:["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],deleteWorkflowRunLogs:["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"],disableSelectedRepositoryGithubActionsOrganization:["DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"],disableWorkflow:["PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"],downloadArtifact:["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"],downloadJobLogsForWorkflowRun:["GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"],downloadWorkflowRunAttemptLogs:["GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"],downloadWorkflowRunLogs:["GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"],enableSelectedRepositoryGithubActionsOrganization:["PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"],enableWorkflow:["PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"],forceCancelWorkflowRun:["POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"],generateRunnerJitconfigForOrg:["POST /orgs/{org}/actions/runners/generate-jitconfig"],generateRunnerJitconfigForRepo:["POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"],getActionsCacheList:["GET /repos/{owner}/{repo}/actions/caches"],getActionsCacheUsage:["GET /repos/{owner}/{repo}/actions/cache/usage"],getActionsCacheUsageByRepoForOrg:["GET /orgs/{org}/actions/cache/usage-by-repository"],getActionsCacheUsageForOrg:["GET /orgs/{org}/actions/cache/usage"],getAllowedActionsOrganization:["GET /orgs/{org}/actions/permissions/selected-actions"],getAllowedActionsRepository:["GET /repos/{owner}/{repo}/actions/permissions/selected-actions"],getArtifact:["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],getCustomImageForOrg:["GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"],getCustomImageVersionForOrg:["GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"],getCustomOidcSubClaimForRepo:["GET /repos/{owner}/{repo}/actions/oidc/customization/sub"],getEnvironmentPublicKey:["GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"],getEnvironmentSecret:["GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"],getEnvironmentVariable:["GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"],getGithubActionsDefaultWorkflowPermissionsOrganization:["GET /orgs/{org}/actions/permissions/workflow"],getGithubActionsDefaultWorkflowPermissionsRepository:["GET /repos/{owner}/{repo}/actions/permissions/workflow"],getGithubActionsPermissionsOrganization:["GET /orgs/{org}/actions/permissions"],getGithubActionsPermissionsRepository:["GET /repos/{owner}/{repo}/actions/permissions"],getHostedRunnerForOrg:["GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"],getHostedRunnersGithubOwnedImagesForOrg:["GET /orgs/{org}/actions/hosted-runners/images/github-owned"],getHostedRunnersLimitsForOrg:["GET /orgs/{org}/actions/hosted-runners/limits"],getHostedRunnersMachineSpecsForOrg:["GET /orgs/{org}/actions/hosted-runners/machine-sizes"],getHostedRunnersPartnerImagesForOrg:["GET /orgs/{org}/actions/hosted-runners/images/partner"],getHostedRunnersPlatformsForOrg:["GET /orgs/{org}/actions/hosted-runners/platforms"],getJobForWorkflowRun:["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],getOrgPublicKey:["GET /orgs/{org}/actions/secrets/public-key"],getOrgSecret:["GET /orgs/{org}/actions/secrets/{secret_name}"],getOrgVariable:["GET /orgs/{org}/actions/variables/{name}"],getPendingDeploymentsForRun:["GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"],getRepoPermissions:["GET /repos/{owner}/{repo}/actions/permissions",{},{renamed:["actions","getGithubActionsPermissionsRepository"]}],getRepoPublicKey:["GET /repos/{owner}/{repo}/actions/secrets/public-key"],getRepoSecret:["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],getRepoVariable:["GET /repos/{owner}/{repo}/actions/variables/{name}"],getReviewsForRun:["GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"],getSelfHostedRunnerForOrg:["GET /orgs/{org}/actions/runners/{runner_id}"],getSelfHostedRunnerForRepo:["GET /repos/{owner}/{repo}/actions/runners/{runner_id}"],getWorkflow:["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],getWorkflowAccessToRepository:["GET /repos/{owner}/{repo}/actions/permissions/access"],getWorkflowRun:["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],getWorkflowRunAttempt:["GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"],getWorkflowRunUsage:["GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"],getWorkflowUsage:["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"],listArtifactsForRepo:["GET /repos/{owner}/{repo}/actions/artifacts"],listCustomImageVersionsForOrg:["GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"],listCustomImagesForOrg:["GET /orgs/{org}/actions/hosted-runners/images/custom"],listEnvironmentSecrets:["GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"],listEnvironmentVariables:["GET /repos/{owner}/{repo}/environments/{environment_name}/variables"],listGithubHostedRunnersInGroupForOrg:["GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"],listHostedRunnersForOrg:["GET /orgs/{org}/actions/hosted-runners"],listJobsForWorkflowRun:["GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"],listJobsForWorkflowRunAttempt:["GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"],listLabelsForSelfHostedRunnerForOrg:["GET /orgs/{org}/actions/runners/{runner_id}/labels"],listLabelsForSelfHostedRunnerForRepo:["GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"],listOrgSecrets:["GET /orgs/{org}/actions/secrets"],listOrgVariables:["GET /orgs/{org}/actions/variables"],listRepoOrganizationSecrets:["GET /repos/{owner}/{repo}/actions/organization-secrets"],listRepoOrganizationVariables:["GET /repos/{owner}/{repo}/actions/organization-variables"],listRepoSecrets:["GET /repos/{owner}/{repo}/actions/secrets"],listRepoVariables:["GET /repos/{owner}/{repo}/actions/variables"],listRepoWorkflows:["GET /repos/{owner}/{repo}/actions/workflows"],listRunnerApplicationsForOrg:["GET /orgs/{org}/actions/runners/downloads"],listRunnerApplicationsForRepo:["GET /repos/{owner}/{repo}/actions/runners/downloads"],listSelectedReposForOrgSecret:["GET /orgs/{org}/actions/secrets/{secret_name}/repositories"],listSelectedReposForOrgVariable:["GET /orgs/{org}/actions/variables/{name}/repositories"],listSelectedRepositoriesEnabledGithubActionsOrganization:["GET /orgs/{org}/actions/permissions/repositories"],listSelfHostedRunnersForOrg:["GET /orgs/{org}/actions/runners"],listSelfHostedRunnersForRepo:["GET /repos/{owner}/{repo}/actions/runners"],listWorkflowRunArtifacts:["GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"],listWorkflowRuns:["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"],listWorkflowRunsForRepo:["GET /repos/{owner}/{repo}/actions/runs"],reRunJobForWorkflowRun:["POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"],reRunWorkflow:["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],reRunWorkflowFailedJobs:["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"],removeAllCustomLabelsFromSelfHostedRunnerForOrg:["DELETE /orgs/{org}/actions/runners/{runner_id}/labels"],removeAllCustomLabelsFromSelfHostedRunnerForRepo:["DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"],removeCustomLabelFromSelfHostedRunnerForOrg:["DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"],removeCustomLabelFromSelfHostedRunnerForRepo:["DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"],removeSelectedRepoFromOrgSecret:["DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"],removeSelectedRepoFromOrgVariable:["DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"],reviewCustomGatesForRun:["POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"],reviewPendingDeploymentsForRun:["POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"],setAllowedActionsOrganization:["PUT /orgs/{org}/actions/permissions/selected-actions"],setAllowedActionsRepository:["PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"],setCustomLabelsForSelfHostedRunnerForOrg:["PUT /orgs/{org}/actions/runners/{runner_id}/labels"],setCustomLabelsForSelfHostedRunnerForRepo:["PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"],setCustomOidcSubClaimForRepo:["PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"],setGithubActionsDefaultWorkflowPermissionsOrganization:["PUT /orgs/{org}/actions/permissions/workflow"],setGithubActionsDefaultWorkflowPermissionsRepository:["PUT /repos/{owner}/{repo}/actions/permissions/workflow"],setGithubActionsPermissionsOrganization:["PUT /orgs/{org}/actions/permissions"],setGithubActionsPermissionsRepository:["PUT /repos/{owner}/{repo}/actions/permissions"],setSelectedReposForOrgSecret:["PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"],setSelectedReposForOrgVariable:["PUT /orgs/{org}/actions/variables/{name}/repositories"],setSelectedRepositoriesEnabledGithubActionsOrganization:["PUT /orgs/{org}/actions/permissions/repositories"],setWorkflowAccessToRepository:["PUT /repos/{owner}/{repo}/actions/permissions/access"],updateEnvironmentVariable:["PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"],updateHostedRunnerForOrg:["PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"],updateOrgVariable:["PATCH /orgs/{org}/actions/variables/{name}"],updateRepoVariable:["PATCH /repos/{owner}/{repo}/actions/variables/{name}"]},activity:{checkRepoIsStarredByAuthenticatedUser:["GET /user/starred/{owner}/{repo}"],deleteRepoSubscription:["DELETE /repos/{owner}/{repo}/subscription"],deleteThreadSubscription:["DELETE /notifications/threads/{thread_id}/subscription"],getFeeds:["GET /feeds"],getRepoSubscription:["GET /repos/{owner}/{repo}/subscription"],getThread:["GET /notifications/threads/{thread_id}"],getThreadSubscriptionForAuthenticatedUser:["GET /notifications/threads/{thread_id}/subscription"],listEventsForAuthenticatedUser:["GET /users/{username}/events"],listNotificationsForAuthenticatedUser:["GET /notifications"],listOrgEventsForAuthenticatedUser:["GET /users/{username}/events/orgs/{org}"],listPublicEvents:["GET /events"],listPublicEventsForRepoNetwork:["GET /networks/{owner}/{repo}/events"],listPublicEventsForUser:["GET /users/{username}/events/public"],listPublicOrgEvents:["GET /orgs/{org}/events"],listReceivedEventsForUser:["GET /users/{username}/received_events"],listReceivedPublicEventsForUser:["GET /users/{username}/received_events/public"],listRepoEvents:["GET /repos/{owner}/{repo}/events"],listRepoNotificationsForAuthenticatedUser:["GET /repos/{owner}/{repo}/notifications"],listReposStarredByAuthenticatedUser:["GET /user/starred"],listReposStarredByUser:["GET /users/{username}/starred"],listReposWatchedByUser:["GET /users/{username}/subscriptions"],listStargazersForRepo:["GET /repos/{owner}/{repo}/stargazers"],listWatchedReposForAuthenticatedUser:["GET /user/subscriptions"],listWatchersForRepo:["GET /repos/{owner}/{repo}/subscribers"],markNotificationsAsRead:["PUT /notifications"],markRepoNotificationsAsRead:["PUT /repos/{owner}/{repo}/notifications"],markThreadAsDone:["DELETE /notifications/threads/{thread_id}"],markThreadAsRead:["PATCH /notifications/threads/{thread_id}"],setRepoSubscription:["PUT /repos/{owner}/{repo}/subscription"],setThreadSubscription:["PUT /notifications/threads/{thread_id}/subscription"],starRepoForAuthenticatedUser:["PUT /user/starred/{owner}/{repo}"],unstarRepoForAuthenticatedUser:["DELETE /user/starred/{owner}/{repo}"]},apps:{addRepoToInstallation:["PUT /user/installations/{installation_id}/repositories/{repository_id}",{},{renamed:["apps","addRepoToInstallationForAuthenticatedUser"]}],addRepoToInstallationForAuthenticatedUser:["PUT /user/installations/{installation_id}/repositories/{repository_id}"],checkToken:["POST /applications/{client_id}/token"],createFromManifest:["POST /app-manifests/{code}/conversions"],createInstallationAccessToken:["POST /app/installations/{installation_id}/access_tokens"],deleteAuthorization:["DELETE /applications/{client_id}/grant"],deleteInstallation:["DELETE /app/installations/{installation_id}"],deleteToken:["DELETE /applications/{client_id}/token"],getAuthenticated:["GET /app"],getBySlug:["GET /apps/{app_slug}"],getInstallation:["GET /app/installations/{installation_id}"],getOrgInstallation:["GET /orgs/{org}/installation"],getRepoInstallation:["GET /repos/{owner}/{repo}/installation"],getSubscriptionPlanForAccount:["GET /marketplace_listing/accounts/{account_id}"],getSubscriptionPlanForAccountStubbed:["GET /marketplace_listing/stubbed/accounts/{account_id}"],getUserInstallation:["GET /users/{username}/installation"],getWebhookConfigForApp:["GET /app/hook/config"],getWebhookDelivery:["GET /app/hook/deliveries/{delivery_id}"],listAccountsForPlan:["GET /marketplace_listing/plans/{plan_id}/accounts"],listAccountsForPlanStubbed:["GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"],listInstallationReposForAuthenticatedUser:["GET /user/installations/{installation_id}/repositories"],listInstallationRequestsForAuthenticatedApp:["GET /app/installation-requests"],listInstallations:["GET /app/installations"],listInstallationsForAuthenticatedUser:["GET /user/installations"],listPlans:["GET /marketplace_listing/plans"],listPlansStubbed:["GET /marketplace_listing/stubbed/plans"],listReposAccessibleToInstallation:["GET /installation/repositories"],listSubscriptionsForAuthenticatedUser:["GET /user/marketplace_purchases"],listSubscriptionsForAuthenticatedUserStubbed:["GET /user/marketplace_purchases/stubbed"],listWebhookDeliveries:["GET /app/hook/deliveries"],redeliverWebhookDelivery:["POST /app/hook/deliveries/{delivery_id}/attempts"],removeRepoFromInstallation:["DELETE /user/installations/{installation_id}/repositories/{repository_id}",{},{renamed:["apps","removeRepoFromInstallationForAuthenticatedUser"]}],removeRepoFromInstallationForAuthenticatedUser:["DELETE /user/installations/{installation_id}/repositories/{repository_id}"],resetToken:["PATCH /applications/{client_id}/token"],revokeInstallationAccessToken:["DELETE /installation/token"],scopeToken:["POST /applications/{client_id}/token/scoped"],suspendInstallation:["PUT /app/installations/{installation_id}/suspended"],unsuspendInstallation:["DELETE /app/installations/{installation_id}/suspended"],updateWebhookConfigForApp:["PATCH /app/hook/config"]},billing:{getGithubActionsBillingOrg:["GET /orgs/{org}/settings/billing/actions"],getGithubActionsBillingUser:["GET /users/{username}/settings/billing/actions"],getGithubBillingPremiumRequestUsageReportOrg:["GET /organizations/{org}/settings/billing/premium_request/usage"],getGithubBillingPremiumRequestUsageReportUser:["GET /users/{username}/settings/billing/premium_request/usage"],getGithubBillingUsageReportOrg:["GET /organizations/{org}/settings/billing/usage"],getGithubBillingUsageReportUser:["GET /users/{username}/settings/billing/usage"],getGithubPackagesBillingOrg:["GET /orgs/{org}/settings/billing/packages"],getGithubPackagesBillingUser:["GET /users/{username}/settings/billing/packages"],getSharedStorageBillingOrg:["GET /orgs/{org}/settings/billing/shared-storage"],getSharedStorageBillingUser:["GET /users/{username}/settings/billing/shared-storage"]},campaigns:{createCampaign:["POST /orgs/{org}/campaigns"],deleteCampaign:["DELETE /orgs/{org}/campaigns/{campaign_number}"],getCampaignSummary:["GET /orgs/{org}/campaigns/{campaign_number}"],listOrgCampaigns:["GET /orgs/{org}/campaigns"],updateCampaign:["PATCH /orgs/{org}/campaigns/{campaign_number}"]},checks:{create:["POST /repos/{owner}/{repo}/check-runs"],createSuite:["POST /repos/{owner}/{repo}/check-suites"],get:["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],getSuite:["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],listAnnotations:["GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"],listForRef:["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],listForSuite:["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"],listSuitesForRef:["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],rerequestRun:["POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"],rerequestSuite:["POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"],setSuitesPreferences:["PATCH /repos/{owner}/{repo}/check-suites/preferences"],update:["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]},codeScanning:{commitAutofix:["POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"],createAutofix:["POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"],createVariantAnalysis:["POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"],deleteAnalysis:["DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"],deleteCodeqlDatabase:["DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"],getAlert:["GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",{},{renamedParameters:{alert_id:"alert_number"}}],getAnalysis:["GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"],getAutofix:["GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"],getCodeqlDatabase:["GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"],getDefaultSetup:["GET /repos/{owner}/{repo}/code-scanning/default-setup"],getSarif:["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],getVariantAnalysis:["GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"],getVariantAnalysisRepoTask:["GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"],listAlertInstances:["GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"],listAlertsForOrg:["GET /orgs/{org}/code-scanning/alerts"],listAlertsForRepo:["GET /repos/{owner}/{repo}/code-scanning/alerts"],listAlertsInstances:["GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",{},{renamed:["codeScanning","listAlertInstances"]}],listCodeqlDatabases:["GET /repos/{owner}/{repo}/code-scanning/codeql/databases"],listRecentAnalyses:["GET /repos/{owner}/{repo}/code-scanning/analyses"],updateAlert:["PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"],updateDefaultSetup:["PATCH /repos/{owner}/{repo}/code-scanning/default-setup"],uploadSarif:["POST /repos/{owner}/{repo}/code-scanning/sarifs"]},codeSecurity:{attachConfiguration:["POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"],attachEnterpriseConfiguration:["POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"],createConfiguration:["POST /orgs/{org}/code-security/configurations"],createConfigurationForEnterprise:["POST /enterprises/{enterprise}/code-security/configurations"],deleteConfiguration:["DELETE /orgs/{org}/code-security/configurations/{configuration_id}"],deleteConfigurationForEnterprise:["DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"],detachConfiguration:["DELETE /orgs/{org}/code-security/configurations/detach"],getConfiguration:["GET /orgs/{org}/code-security/configurations/{configuration_id}"],getConfigurationForRepository:["GET /repos/{owner}/{repo}/code-security-configuration"],getConfigurationsForEnterprise:["GET /enterprises/{enterprise}/code-security/configurations"],getConfigurationsForOrg:["GET /orgs/{org}/code-security/configurations"],getDefaultConfigurations:["GET /orgs/{org}/code-security/configurations/defaults"],getDefaultConfigurationsForEnterprise:["GET /enterprises/{enterprise}/code-security/configurations/defaults"],getRepositoriesForConfiguration:["GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"],getRepositoriesForEnterpriseConfiguration:["GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"],getSingleConfigurationForEnterprise:["GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"],setConfigurationAsDefault:["PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"],setConfigurationAsDefaultForEnterprise:["PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"],updateConfiguration:["PATCH /orgs/{org}/code-security/configurations/{configuration_id}"],updateEnterpriseConfiguration:["PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"]},codesOfConduct:{getAllCodesOfConduct:["GET /codes_of_conduct"],getConductCode:["GET /codes_of_conduct/{key}"]},codespaces:{addRepositoryForSecretForAuthenticatedUser:["PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"],addSelectedRepoToOrgSecret:["PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"],checkPermissionsForDevcontainer:["GET /repos/{owner}/{repo}/codespaces/permissions_check"],codespaceMachinesForAuthenticatedUser:["GET /user/codespaces/{codespace_name}/machines"],createForAuthenticatedUser:["POST /user/codespaces"],createOrUpdateOrgSecret:["PUT /orgs/{org}/codespaces/secrets/{secret_name}"],createOrUpdateRepoSecret:["PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"],createOrUpdateSecretForAuthenticatedUser:["PUT /user/codespaces/secrets/{secret_name}"],createWithPrForAuthenticatedUser:["POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"],createWithRepoForAuthenticatedUser:["POST /repos/{owner}/{repo}/codespaces"],deleteForAuthenticatedUser:["DELETE /user/codespaces/{codespace_name}"],deleteFromOrganization:["DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"],deleteOrgSecret:["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],deleteRepoSecret:["DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"],deleteSecretForAuthenticatedUser:["DELETE /user/codespaces/secrets/{secret_name}"],exportForAuthenticatedUser:["POST /user/codespaces/{codespace_name}/exports"],getCodespacesForUserInOrg:["GET /orgs/{org}/members/{username}/codespaces"],getExportDetailsForAuthenticatedUser:["GET /user/codespaces/{codespace_name}/exports/{export_id}"],getForAuthenticatedUser:["GET /user/codespaces/{codespace_name}"],getOrgPublicKey:["GET /orgs/{org}/codespaces/secrets/public-key"],getOrgSecret:["GET /orgs/{org}/codespaces/secrets/{secret_name}"],getPublicKeyForAuthenticatedUser:["GET /user/codespaces/secrets/public-key"],getRepoPublicKey:["GET /repos/{owner}/{repo}/codespaces/secrets/public-key"],getRepoSecret:["GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"],getSecretForAuthenticatedUser:["GET /user/codespaces/secrets/{secret_name}"],listDevcontainersInRepositoryForAuthenticatedUser:["GET /repos/{owner}/{repo}/codespaces/devcontainers"],listForAuthenticatedUser:["GET /user/codespaces"],listInOrganization:["GET /orgs/{org}/codespaces",{},{renamedParameters:{org_id:"org"}}],listInRepositoryForAuthenticatedUser:["GET /repos/{owner}/{repo}/codespaces"],listOrgSecrets:["GET /orgs/{org}/codespaces/secrets"],listRepoSecrets:["GET /repos/{owner}/{repo}/codespaces/secrets"],listRepositoriesForSecretForAuthenticatedUser:["GET /user/codespaces/secrets/{secret_name}/repositories"],listSecretsForAuthenticatedUser:["GET /user/codespaces/secrets"],listSelectedReposForOrgSecret:["GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"],preFlightWithRepoForAuthenticatedUser:["GET /repos/{owner}/{repo}/codespaces/new"],publishForAuthenticatedUser:["POST /user/codespaces/{codespace_name}/publish"],removeRepositoryForSecretForAuthenticatedUser:["DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"],removeSelectedRepoFromOrgSecret:["DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"],repoMachinesForAuthenticatedUser:["GET /repos/{owner}/{repo}/codespaces/machines"],setRepositoriesForSecretForAuthenticatedUser:["PUT /user/codespaces/secrets/{secret_name}/repositories"],setSelectedReposForOrgSecret:["PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"],startForAuthenticatedUser:["POST /user/codespaces/{codespace_name}/start"],stopForAuthenticatedUser:["POST /user/codespaces/{codespace_name}/stop"],stopInOrganization:["POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"],updateForAuthenticatedUser:["PATCH /user/codespaces/{codespace_name}"]},copilot:{addCopilotSeatsForTeams:["POST /orgs/{org}/copilot/billing/selected_teams"],addCopilotSeatsForUsers:["POST /orgs/{org}/copilot/billing/selected_users"],cancelCopilotSeatAssignmentForTeams:["DELETE /orgs/{org}/copilot/billing/selected_teams"],cancelCopilotSeatAssignmentForUsers:["DELETE /orgs/{org}/copilot/billing/selected_users"],copilotMetricsForOrganization:["GET /orgs/{org}/copilot/metrics"],copilotMetricsForTeam:["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],getCopilotOrganizationDetails:["GET /orgs/{org}/copilot/billing"],getCopilotSeatDetailsForUser:["GET /orgs/{org}/members/{username}/copilot"],listCopilotSeats:["GET /orgs/{org}/copilot/billing/seats"]},credentials:{revoke:["POST /credentials/revoke"]},dependabot:{addSelectedRepoToOrgSecret:["PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"],createOrUpdateOrgSecret:["PUT /orgs/{org}/dependabot/secrets/{secret_name}"],createOrUpdateRepoSecret:["PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"],deleteOrgSecret:["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],deleteRepoSecret:["DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"],getAlert:["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],getOrgPublicKey:["GET /orgs/{org}/dependabot/secrets/public-key"],getOrgSecret:["GET /orgs/{org}/dependabot/secrets/{secret_name}"],getRepoPublicKey:["GET /repos/{owner}/{repo}/dependabot/secrets/public-key"],getRepoSecret:["GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"],listAlertsForEnterprise:["GET /enterprises/{enterprise}/dependabot/alerts"],listAlertsForOrg:["GET /orgs/{org}/dependabot/alerts"],listAlertsForRepo:["GET /repos/{owner}/{repo}/dependabot/alerts"],listOrgSecrets:["GET /orgs/{org}/dependabot/secrets"],listRepoSecrets:["GET /repos/{owner}/{repo}/dependabot/secrets"],listSelectedReposForOrgSecret:["GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"],removeSelectedRepoFromOrgSecret:["DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"],repositoryAccessForOrg:["GET /organizations/{org}/dependabot/repository-access"],setRepositoryAccessDefaultLevel:["PUT /organizations/{org}/dependabot/repository-access/default-level"],setSelectedReposForOrgSecret:["PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"],updateAlert:["PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],updateRepositoryAccessForOrg:["PATCH /organizations/{org}/dependabot/repository-access"]},dependencyGraph:{createRepositorySnapshot:["POST /repos/{owner}/{repo}/dependency-graph/snapshots"],diffRange:["GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"],exportSbom:["GET /repos/{owner}/{repo}/dependency-graph/sbom"]},emojis:{get:["GET /emojis"]},enterpriseTeamMemberships:{add:["PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"],bulkAdd:["POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"],bulkRemove:["POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"],get:["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"],list:["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],remove:["DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"]},enterpriseTeamOrganizations:{add:["PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"],bulkAdd:["POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"],bulkRemove:["POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"],delete:["DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"],getAssignment:["GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"],getAssignments:["GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"]},enterpriseTeams:{create:["POST /enterprises/{enterprise}/teams"],delete:["DELETE /enterprises/{enterprise}/teams/{team_slug}"],get:["GET /enterprises/{enterprise}/teams/{team_slug}"],list:["GET /enterprises/{enterprise}/teams"],update:["PATCH /enterprises/{enterprise}/teams/{team_slug}"]},gists:{checkIsStarred:["GET /gists/{gist_id}/star"],create:["POST /gists"],createComment:["POST /gists/{gist_id}/comments"],delete:["DELETE /gists/{gist_id}"],deleteComment:["DELETE /gists/{gist_id}/comments/{comment_id}"],fork:["POST /gists/{gist_id}/forks"],get:["GET /gists/{gist_id}"],getComment:["GET /gists/{gist_id}/comments/{comment_id}"],getRevision:["GET /gists/{gist_id}/{sha}"],list:["GET /gists"],listComments:["GET /gists/{gist_id}/comments"],listCommits:["GET /gists/{gist_id}/commits"],listForUser:["GET /users/{username}/gists"],listForks:["GET /gists/{gist_id}/forks"],listPublic:["GET /gists/public"],listStarred:["GET /gists/starred"],star:["PUT /gists/{gist_id}/star"],unstar:["DELETE /gists/{gist_id}/star"],update:["PATCH /gists/{gist_id}"],updateComment:["PATCH /gists/{gist_id}/comments/{comment_id}"]},git:{createBlob:["POST /repos/{owner}/{repo}/git/blobs"],createCommit:["POST /repos/{owner}/{repo}/git/commits"],createRef:["POST /repos/{owner}/{repo}/git/refs"],createTag:["POST /repos/{owner}/{repo}/git/tags"],createTree:["POST /repos/{owner}/{repo}/git/trees"],deleteRef:["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],getBlob:["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],getCommit:["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],getRef:["GET /repos/{owner}/{repo}/git/ref/{ref}"],getTag:["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],getTree:["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],listMatchingRefs:["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],updateRef:["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]},gitignore:{getAllTemplates:["GET /gitignore/templates"],getTemplate:["GET /gitignore/templates/{name}"]},hostedCompute:{createNetworkConfigurationForOrg:["POST /orgs/{org}/settings/network-configurations"],deleteNetworkConfigurationFromOrg:["DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"],getNetworkConfigurationForOrg:["GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"],getNetworkSettingsForOrg:["GET /orgs/{org}/settings/network-settings/{network_settings_id}"],listNetworkConfigurationsForOrg:["GET /orgs/{org}/settings/network-configurations"],updateNetworkConfigurationForOrg:["PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"]},interactions:{getRestrictionsForAuthenticatedUser:["GET /user/interaction-limits"],getRestrictionsForOrg:["GET /orgs/{org}/interaction-limits"],getRestrictionsForRepo:["GET /repos/{owner}/{repo}/interaction-limits"],getRestrictionsForYourPublicRepos:["GET /user/interaction-limits",{},{renamed:["interactions","getRestrictionsForAuthenticatedUser"]}],removeRestrictionsForAuthenticatedUser:["DELETE /user/interaction-limits"],removeRestrictionsForOrg:["DELETE /orgs/{org}/interaction-limits"],removeRestrictionsForRepo:["DELETE /repos/{owner}/{repo}/interaction-limits"],removeRestrictionsForYourPublicRepos:["DELETE /user/interaction-limits",{},{renamed:["interactions","removeRestrictionsForAuthenticatedUser"]}],setRestrictionsForAuthenticatedUser:["PUT /user/interaction-limits"],setRestrictionsForOrg:["PUT /orgs/{org}/interaction-limits"],setRestrictionsForRepo:["PUT /repos/{owner}/{repo}/interaction-limits"],setRestrictionsForYourPublicRepos:["PUT /user/interaction-limits",{},{renamed:["interactions","setRestrictionsForAuthenticatedUser"]}]},issues:{addAssignees:["POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"],addBlockedByDependency:["POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"],addLabels:["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],addSubIssue:["POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"],checkUserCanBeAssigned:["GET /repos/{owner}/{repo}/assignees/{assignee}"],checkUserCanBeAssignedToIssue:["GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"],create:["POST /repos/{owner}/{repo}/issues"],createComment:["POST /repos/{owner}/{repo}/issues/{issue_number}/comments"],createLabel:["POST /repos/{owner}/{repo}/labels"],createMilestone:["POST /repos/{owner}/{repo}/milestones"],deleteComment:["DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"],deleteLabel:["DELETE /repos/{owner}/{repo}/labels/{name}"],deleteMilestone:["DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"],get:["GET /repos/{owner}/{repo}/issues/{issue_number}"],getComment:["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],getEvent:["GET /repos/{owner}/{repo}/issues/events/{event_id}"],getLabel:["GET /repos/{owner}/{repo}/labels/{name}"],getMilestone:["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],getParent:["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],list:["GET /issues"],listAssignees:["GET /repos/{owner}/{repo}/assignees"],listComments:["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],listCommentsForRepo:["GET /repos/{owner}/{repo}/issues/comments"],listDependenciesBlockedBy:["GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"],listDependenciesBlocking:["GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"],listEvents:["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],listEventsForRepo:["GET /repos/{owner}/{repo}/issues/events"],listEventsForTimeline:["GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"],listForAuthenticatedUser:["GET /user/issues"],listForOrg:["GET /orgs/{org}/issues"],listForRepo:["GET /repos/{owner}/{repo}/issues"],listLabelsForMilestone:["GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"],listLabelsForRepo:["GET /repos/{owner}/{repo}/labels"],listLabelsOnIssue:["GET /repos/{owner}/{repo}/issues/{issue_number}/labels"],listMilestones:["GET /repos/{owner}/{repo}/milestones"],listSubIssues:["GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"],lock:["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],removeAllLabels:["DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"],removeAssignees:["DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"],removeDependencyBlockedBy:["DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"],removeLabel:["DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"],removeSubIssue:["DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"],reprioritizeSubIssue:["PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"],setLabels:["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],unlock:["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],update:["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],updateComment:["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],updateLabel:["PATCH /repos/{owner}/{repo}/labels/{name}"],updateMilestone:["PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"]},licenses:{get:["GET /licenses/{license}"],getAllCommonlyUsed:["GET /licenses"],getForRepo:["GET /repos/{owner}/{repo}/license"]},markdown:{render:["POST /markdown"],renderRaw:["POST /markdown/raw",{headers:{"content-type":"text/plain; charset=utf-8"}}]},meta:{get:["GET /meta"],getAllVersions:["GET /versions"],getOctocat:["GET /octocat"],getZen:["GET /zen"],root:["GET /"]},migrations:{deleteArchiveForAuthenticatedUser:["DELETE /user/migrations/{migration_id}/archive"],deleteArchiveForOrg:["DELETE /orgs/{org}/migrations/{migration_id}/archive"],downloadArchiveForOrg:["GET /orgs/{org}/migrations/{migration_id}/archive"],getArchiveForAuthenticatedUser:["GET /user/migrations/{migration_id}/archive"],getStatusForAuthenticatedUser:["GET /user/migrations/{migration_id}"],getStatusForOrg:["GET /orgs/{org}/migrations/{migration_id}"],listForAuthenticatedUser:["GET /user/migrations"],listForOrg:["GET /orgs/{org}/migrations"],listReposForAuthenticatedUser:["GET /user/migrations/{migration_id}/repositories"],listReposForOrg:["GET /orgs/{org}/migrations/{migration_id}/repositories"],listReposForUser:["GET /user/migrations/{migration_id}/repositories",{},{renamed:["migrations","listReposForAuthenticatedUser"]}],startForAuthenticatedUser:["POST /user/migrations"],startForOrg:["POST /orgs/{org}/migrations"],unlockRepoForAuthenticatedUser:["DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"],unlockRepoForOrg:["DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"]},oidc:{getOidcCustomSubTemplateForOrg:["GET /orgs/{org}/actions/oidc/customization/sub"],updateOidcCustomSubTemplateForOrg:["PUT /orgs/{org}/actions/oidc/customization/sub"]},orgs:{addSecurityManagerTeam:["PUT /orgs/{org}/security-managers/teams/{team_slug}",{},{deprecated:"octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"}],assignTeamToOrgRole:["PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"],assignUserToOrgRole:["PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"],blockUser:["PUT /orgs/{org}/blocks/{username}"],cancelInvitation:["DELETE /orgs/{org}/invitations/{invitation_id}"],checkBlockedUser:["GET /orgs/{org}/blocks/{username}"],checkMembershipForUser:["GET /orgs/{org}/members/{username}"],checkPublicMembershipForUser:["GET /orgs/{org}/public_members/{username}"],convertMemberToOutsideCollaborator:["PUT /orgs/{org}/outside_collaborators/{username}"],createArtifactStorageRecord:["POST /orgs/{org}/artifacts/metadata/storage-record"],createInvitation:["POST /orgs/{org}/invitations"],createIssueType:["POST /orgs/{org}/issue-types"],createWebhook:["POST /orgs/{org}/hooks"],customPropertiesForOrgsCreateOrUpdateOrganizationValues:["PATCH /organizations/{org}/org-properties/values"],customPropertiesForOrgsGetOrganizationValues:["GET /organizations/{org}/org-properties/values"],customPropertiesForReposCreateOrUpdateOrganizationDefinition:["PUT /orgs/{org}/properties/schema/{custom_property_name}"],customPropertiesForReposCreateOrUpdateOrganizationDefinitions:["PATCH /orgs/{org}/properties/schema"],customPropertiesForReposCreateOrUpdateOrganizationValues:["PATCH /orgs/{org}/properties/values"],customPropertiesForReposDeleteOrganizationDefinition:["DELETE /orgs/{org}/properties/schema/{custom_property_name}"],customPropertiesForReposGetOrganizationDefinition:["GET /orgs/{org}/properties/schema/{custom_property_name}"],customPropertiesForReposGetOrganizationDefinitions:["GET /orgs/{org}/properties/schema"],customPropertiesForReposGetOrganizationValues:["GET /orgs/{org}/properties/values"],delete:["DELETE /orgs/{org}"],deleteAttestationsBulk:["POST /orgs/{org}/attestations/delete-request"],deleteAttestationsById:["DELETE /orgs/{org}/attestations/{attestation_id}"],deleteAttestationsBySubjectDigest:["DELETE /orgs/{org}/attestations/digest/{subject_digest}"],deleteIssueType:["DELETE /orgs/{org}/issue-types/{issue_type_id}"],deleteWebhook:["DELETE /orgs/{org}/hooks/{hook_id}"],disableSelectedRepositoryImmutableReleasesOrganization:["DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"],enableSelectedRepositoryImmutableReleasesOrganization:["PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"],get:["GET /orgs/{org}"],getImmutableReleasesSettings:["GET /orgs/{org}/settings/immutable-releases"],getImmutableReleasesSettingsRepositories:["GET /orgs/{org}/settings/immutable-releases/repositories"],getMembershipForAuthenticatedUser:["GET /user/memberships/orgs/{org}"],getMembershipForUser:["GET /orgs/{org}/memberships/{username}"],getOrgRole:["GET /orgs/{org}/organization-roles/{role_id}"],getOrgRulesetHistory:["GET /orgs/{org}/rulesets/{ruleset_id}/history"],getOrgRulesetVersion:["GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"],getWebhook:["GET /orgs/{org}/hooks/{hook_id}"],getWebhookConfigForOrg:["GET /orgs/{org}/hooks/{hook_id}/config"],getWebhookDelivery:["GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"],list:["GET /organizations"],listAppInstallations:["GET /orgs/{org}/installations"],listArtifactStorageRecords:["GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"],listAttestationRepositories:["GET /orgs/{org}/attestations/repositories"],listAttestations:["GET /orgs/{org}/attestations/{subject_digest}"],listAttestationsBulk:["POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"],listBlockedUsers:["GET /orgs/{org}/blocks"],listFailedInvitations:["GET /orgs/{org}/failed_invitations"],listForAuthenticatedUser:["GET /user/orgs"],listForUser:["GET /users/{username}/orgs"],listInvitationTeams:["GET /orgs/{org}/invitations/{invitation_id}/teams"],listIssueTypes:["GET /orgs/{org}/issue-types"],listMembers:["GET /orgs/{org}/members"],listMembershipsForAuthenticatedUser:["GET /user/memberships/orgs"],listOrgRoleTeams:["GET /orgs/{org}/organization-roles/{role_id}/teams"],listOrgRoleUsers:["GET /orgs/{org}/organization-roles/{role_id}/users"],listOrgRoles:["GET /orgs/{org}/organization-roles"],listOrganizationFineGrainedPermissions:["GET /orgs/{org}/organization-fine-grained-permissions"],listOutsideCollaborators:["GET /orgs/{org}/outside_collaborators"],listPatGrantRepositories:["GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"],listPatGrantRequestRepositories:["GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"],listPatGrantRequests:["GET /orgs/{org}/personal-access-token-requests"],listPatGrants:["GET /orgs/{org}/personal-access-tokens"],listPendingInvitations:["GET /orgs/{org}/invitations"],listPublicMembers:["GET /orgs/{org}/public_members"],listSecurityManagerTeams:["GET /orgs/{org}/security-managers",{},{deprecated:"octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"}],listWebhookDeliveries:["GET /orgs/{org}/hooks/{hook_id}/deliveries"],listWebhooks:["GET /orgs/{org}/hooks"],pingWebhook:["POST /orgs/{org}/hooks/{hook_id}/pings"],redeliverWebhookDelivery:["POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"],removeMember:["DELETE /orgs/{org}/members/{username}"],removeMembershipForUser:["DELETE /orgs/{org}/memberships/{username}"],removeOutsideCollaborator:["DELETE /orgs/{org}/outside_collaborators/{username}"],removePublicMembershipForAuthenticatedUser:["DELETE /orgs/{org}/public_members/{username}"],removeSecurityManagerTeam:["DELETE /orgs/{org}/security-managers/teams/{team_slug}",{},{deprecated:"octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"}],reviewPatGrantRequest:["POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"],reviewPatGrantRequestsInBulk:["POST /orgs/{org}/personal-access-token-requests"],revokeAllOrgRolesTeam:["DELETE /orgs/{org}/organization-roles/teams/{team_slug}"],revokeAllOrgRolesUser:["DELETE /orgs/{org}/organization-roles/users/{username}"],revokeOrgRoleTeam:["DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"],revokeOrgRoleUser:["DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"],setImmutableReleasesSettings:["PUT /orgs/{org}/settings/immutable-releases"],setImmutableReleasesSettingsRepositories:["PUT /orgs/{org}/settings/immutable-releases/repositories"],setMembershipForUser:["PUT /orgs/{org}/memberships/{username}"],setPublicMembershipForAuthenticatedUser:["PUT /orgs/{org}/public_members/{username}"],unblockUser:["DELETE /orgs/{org}/blocks/{username}"],update:["PATCH /orgs/{org}"],updateIssueType:["PUT /orgs/{org}/issue-types/{issue_type_id}"],updateMembershipForAuthenticatedUser:["PATCH /user/memberships/orgs/{org}"],updatePatAccess:["POST /orgs/{org}/personal-access-tokens/{pat_id}"],updatePatAccesses:["POST /orgs/{org}/personal-access-tokens"],updateWebhook:["PATCH /orgs/{org}/hooks/{hook_id}"],updateWebhookConfigForOrg:["PATCH /orgs/{org}/hooks/{hook_id}/config"]},packages:{deletePackageForAuthenticatedUser:["DELETE /user/packages/{package_type}/{package_name}"],deletePackageForOrg:["DELETE /orgs/{org}/packages/{package_type}/{package_name}"],deletePackageForUser:["DELETE /users/{username}/packages/{package_type}/{package_name}"],deletePackageVersionForAuthenticatedUser:["DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"],deletePackageVersionForOrg:["DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"],deletePackageVersionForUser:["DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"],getAllPackageVersionsForAPackageOwnedByAnOrg:["GET /orgs/{org}/packages/{package_type}/{package_name}/versions",{},{renamed:["packages","getAllPackageVersionsForPackageOwnedByOrg"]}],getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser:["GET /user/packages/{package_type}/{package_name}/versions",{},{renamed:["packages","getAllPackageVersionsForPackageOwnedByAuthenticatedUser"]}],getAllPackageVersionsForPackageOwnedByAuthenticatedUser:["GET /user/packages/{package_type}/{package_name}/versions"],getAllPackageVersionsForPackageOwnedByOrg:["GET /orgs/{org}/packages/{package_type}/{package_name}/versions"],getAllPackageVersionsForPackageOwnedByUser:["GET /users/{username}/packages/{package_type}/{package_name}/versions"],getPackageForAuthenticatedUser:["GET /user/packages/{package_type}/{package_name}"],getPackageForOrganization:["GET /orgs/{org}/packages/{package_type}/{package_name}"],getPackageForUser:["GET /users/{username}/packages/{package_type}/{package_name}"],getPackageVersionForAuthenticatedUser:["GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"],getPackageVersionForOrganization:["GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"],getPackageVersionForUser:["GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"],listDockerMigrationConflictingPackagesForAuthenticatedUser:["GET /user/docker/conflicts"],listDockerMigrationConflictingPackagesForOrganization:["GET /orgs/{org}/docker/conflicts"],listDockerMigrationConflictingPackagesForUser:["GET /users/{username}/docker/conflicts"],listPackagesForAuthenticatedUser:["GET /user/packages"],listPackagesForOrganization:["GET /orgs/{org}/packages"],listPackagesForUser:["GET /users/{username}/packages"],restorePackageForAuthenticatedUser:["POST /user/packages/{package_type}/{package_name}/restore{?token}"],restorePackageForOrg:["POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"],restorePackageForUser:["POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"],restorePackageVersionForAuthenticatedUser:["POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"],restorePackageVersionForOrg:["POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"],restorePackageVersionForUser:["POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"]},privateRegistries:{createOrgPrivateRegistry:["POST /orgs/{org}/private-registries"],deleteOrgPrivateRegistry:["DELETE /orgs/{org}/private-registries/{secret_name}"],getOrgPrivateRegistry:["GET /orgs/{org}/private-registries/{secret_name}"],getOrgPublicKey:["GET /orgs/{org}/private-registries/public-key"],listOrgPrivateRegistries:["GET /orgs/{org}/private-registries"],updateOrgPrivateRegistry:["PATCH /orgs/{org}/private-registries/{secret_name}"]},projects:{addItemForOrg:["POST /orgs/{org}/projectsV2/{project_number}/items"],addItemForUser:["POST /users/{username}/projectsV2/{project_number}/items"],deleteItemForOrg:["DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],deleteItemForUser:["DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"],getFieldForOrg:["GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"],getFieldForUser:["GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"],getForOrg:["GET /orgs/{org}/projectsV2/{project_number}"],getForUser:["GET /users/{username}/projectsV2/{project_number}"],getOrgItem:["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],getUserItem:["GET /users/{username}/projectsV2/{project_number}/items/{item_id}"],listFieldsForOrg:["GET /orgs/{org}/projectsV2/{project_number}/fields"],listFieldsForUser:["GET /users/{username}/projectsV2/{project_number}/fields"],listForOrg:["GET /orgs/{org}/projectsV2"],listForUser:["GET /users/{username}/projectsV2"],listItemsForOrg:["GET /orgs/{org}/projectsV2/{project_number}/items"],listItemsForUser:["GET /users/{username}/projectsV2/{project_number}/items"],updateItemForOrg:["PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],updateItemForUser:["PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"]},pulls:{checkIfMerged:["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],create:["POST /repos/{owner}/{repo}/pulls"],createReplyForReviewComment:["POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"],createReview:["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],createReviewComment:["POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"],deletePendingReview:["DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"],deleteReviewComment:["DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"],dismissReview:["PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"],get:["GET /repos/{owner}/{repo}/pulls/{pull_number}"],getReview:["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"],getReviewComment:["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],list:["GET /repos/{owner}/{repo}/pulls"],listCommentsForReview:["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"],listCommits:["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],listFiles:["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],listRequestedReviewers:["GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"],listReviewComments:["GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"],listReviewCommentsForRepo:["GET /repos/{owner}/{repo}/pulls/comments"],listReviews:["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],merge:["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],removeRequestedReviewers:["DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"],requestReviewers:["POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"],submitReview:["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"],update:["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],updateBranch:["PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"],updateReview:["PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"],updateReviewComment:["PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"]},rateLimit:{get:["GET /rate_limit"]},reactions:{createForCommitComment:["POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"],createForIssue:["POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"],createForIssueComment:["POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"],createForPullRequestReviewComment:["POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"],createForRelease:["POST /repos/{owner}/{repo}/releases/{release_id}/reactions"],createForTeamDiscussionCommentInOrg:["POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"],createForTeamDiscussionInOrg:["POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"],deleteForCommitComment:["DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"],deleteForIssue:["DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"],deleteForIssueComment:["DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"],deleteForPullRequestComment:["DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"],deleteForRelease:["DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"],deleteForTeamDiscussion:["DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"],deleteForTeamDiscussionComment:["DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"],listForCommitComment:["GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"],listForIssue:["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],listForIssueComment:["GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"],listForPullRequestReviewComment:["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"],listForRelease:["GET /repos/{owner}/{repo}/releases/{release_id}/reactions"],listForTeamDiscussionCommentInOrg:["GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"],listForTeamDiscussionInOrg:["GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"]},repos:{acceptInvitation:["PATCH /user/repository_invitations/{invitation_id}",{},{renamed:["repos","acceptInvitationForAuthenticatedUser"]}],acceptInvitationForAuthenticatedUser:["PATCH /user/repository_invitations/{invitation_id}"],addAppAccessRestrictions:["POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",{},{mapToData:"apps"}],addCollaborator:["PUT /repos/{owner}/{repo}/collaborators/{username}"],addStatusCheckContexts:["POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",{},{mapToData:"contexts"}],addTeamAccessRestrictions:["POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",{},{mapToData:"teams"}],addUserAccessRestrictions:["POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",{},{mapToData:"users"}],cancelPagesDeployment:["POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"],checkAutomatedSecurityFixes:["GET /repos/{owner}/{repo}/automated-security-fixes"],checkCollaborator:["GET /repos/{owner}/{repo}/collaborators/{username}"],checkImmutableReleases:["GET /repos/{owner}/{repo}/immutable-releases"],checkPrivateVulnerabilityReporting:["GET /repos/{owner}/{repo}/private-vulnerability-reporting"],checkVulnerabilityAlerts:["GET /repos/{owner}/{repo}/vulnerability-alerts"],codeownersErrors:["GET /repos/{owner}/{repo}/codeowners/errors"],compareCommits:["GET /repos/{owner}/{repo}/compare/{base}...{head}"],compareCommitsWithBasehead:["GET /repos/{owner}/{repo}/compare/{basehead}"],createAttestation:["POST /repos/{owner}/{repo}/attestations"],createAutolink:["POST /repos/{owner}/{repo}/autolinks"],createCommitComment:["POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"],createCommitSignatureProtection:["POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"],createCommitStatus:["POST /repos/{owner}/{repo}/statuses/{sha}"],createDeployKey:["POST /repos/{owner}/{repo}/keys"],createDeployment:["POST /repos/{owner}/{repo}/deployments"],createDeploymentBranchPolicy:["POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"],createDeploymentProtectionRule:["POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"],createDeploymentStatus:["POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"],createDispatchEvent:["POST /repos/{owner}/{repo}/dispatches"],createForAuthenticatedUser:["POST /user/repos"],createFork:["POST /repos/{owner}/{repo}/forks"],createInOrg:["POST /orgs/{org}/repos"],createOrUpdateEnvironment:["PUT /repos/{owner}/{repo}/environments/{environment_name}"],createOrUpdateFileContents:["PUT /repos/{owner}/{repo}/contents/{path}"],createOrgRuleset:["POST /orgs/{org}/rulesets"],createPagesDeployment:["POST /repos/{owner}/{repo}/pages/deployments"],createPagesSite:["POST /repos/{owner}/{repo}/pages"],createRelease:["POST /repos/{owner}/{repo}/releases"],createRepoRuleset:["POST /repos/{owner}/{repo}/rulesets"],createUsingTemplate:["POST /repos/{template_owner}/{template_repo}/generate"],createWebhook:["POST /repos/{owner}/{repo}/hooks"],customPropertiesForReposCreateOrUpdateRepositoryValues:["PATCH /repos/{owner}/{repo}/properties/values"],customPropertiesForReposGetRepositoryValues:["GET /repos/{owner}/{repo}/properties/values"],declineInvitation:["DELETE /user/repository_invitations/{invitation_id}",{},{renamed:["repos","declineInvitationForAuthenticatedUser"]}],declineInvitationForAuthenticatedUser:["DELETE /user/repository_invitations/{invitation_id}"],delete:["DELETE /repos/{owner}/{repo}"],deleteAccessRestrictions:["DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"],deleteAdminBranchProtection:["DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"],deleteAnEnvironment:["DELETE /repos/{owner}/{repo}/environments/{environment_name}"],deleteAutolink:["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],deleteBranchProtection:["DELETE /repos/{owner}/{repo}/branches/{branch}/protection"],deleteCommitComment:["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],deleteCommitSignatureProtection:["DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"],deleteDeployKey:["DELETE /repos/{owner}/{repo}/keys/{key_id}"],deleteDeployment:["DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"],deleteDeploymentBranchPolicy:["DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"],deleteFile:["DELETE /repos/{owner}/{repo}/contents/{path}"],deleteInvitation:["DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"],deleteOrgRuleset:["DELETE /orgs/{org}/rulesets/{ruleset_id}"],deletePagesSite:["DELETE /repos/{owner}/{repo}/pages"],deletePullRequestReviewProtection:["DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"],deleteRelease:["DELETE /repos/{owner}/{repo}/releases/{release_id}"],deleteReleaseAsset:["DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"],deleteRepoRuleset:["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],deleteWebhook:["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],disableAutomatedSecurityFixes:["DELETE /repos/{owner}/{repo}/automated-security-fixes"],disableDeploymentProtectionRule:["DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"],disableImmutableReleases:["DELETE /repos/{owner}/{repo}/immutable-releases"],disablePrivateVulnerabilityReporting:["DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"],disableVulnerabilityAlerts:["DELETE /repos/{owner}/{repo}/vulnerability-alerts"],downloadArchive:["GET /repos/{owner}/{repo}/zipball/{ref}",{},{renamed:["repos","downloadZipballArchive"]}],downloadTarballArchive:["GET /repos/{owner}/{repo}/tarball/{ref}"],downloadZipballArchive:["GET /repos/{owner}/{repo}/zipball/{ref}"],enableAutomatedSecurityFixes:["PUT /repos/{owner}/{repo}/automated-security-fixes"],enableImmutableReleases:["PUT /repos/{owner}/{repo}/immutable-releases"],enablePrivateVulnerabilityReporting:["PUT /repos/{owner}/{repo}/private-vulnerability-reporting"],enableVulnerabilityAlerts:["PUT /repos/{owner}/{repo}/vulnerability-alerts"],generateReleaseNotes:["POST /repos/{owner}/{repo}/releases/generate-notes"],get:["GET /repos/{owner}/{repo}"],getAccessRestrictions:["GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"],getAdminBranchProtection:["GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"],getAllDeploymentProtectionRules:["GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"],getAllEnvironments:["GET /repos/{owner}/{repo}/environments"],getAllStatusCheckContexts:["GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"],getAllTopics:["GET /repos/{owner}/{repo}/topics"],getAppsWithAccessToProtectedBranch:["GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"],getAutolink:["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],getBranch:["GET /repos/{owner}/{repo}/branches/{branch}"],getBranchProtection:["GET /repos/{owner}/{repo}/branches/{branch}/protection"],getBranchRules:["GET /repos/{owner}/{repo}/rules/branches/{branch}"],getClones:["GET /repos/{owner}/{repo}/traffic/clones"],getCodeFrequencyStats:["GET /repos/{owner}/{repo}/stats/code_frequency"],getCollaboratorPermissionLevel:["GET /repos/{owner}/{repo}/collaborators/{username}/permission"],getCombinedStatusForRef:["GET /repos/{owner}/{repo}/commits/{ref}/status"],getCommit:["GET /repos/{owner}/{repo}/commits/{ref}"],getCommitActivityStats:["GET /repos/{owner}/{repo}/stats/commit_activity"],getCommitComment:["GET /repos/{owner}/{repo}/comments/{comment_id}"],getCommitSignatureProtection:["GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"],getCommunityProfileMetrics:["GET /repos/{owner}/{repo}/community/profile"],getContent:["GET /repos/{owner}/{repo}/contents/{path}"],getContributorsStats:["GET /repos/{owner}/{repo}/stats/contributors"],getCustomDeploymentProtectionRule:["GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"],getDeployKey:["GET /repos/{owner}/{repo}/keys/{key_id}"],getDeployment:["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],getDeploymentBranchPolicy:["GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"],getDeploymentStatus:["GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"],getEnvironment:["GET /repos/{owner}/{repo}/environments/{environment_name}"],getLatestPagesBuild:["GET /repos/{owner}/{repo}/pages/builds/latest"],getLatestRelease:["GET /repos/{owner}/{repo}/releases/latest"],getOrgRuleSuite:["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],getOrgRuleSuites:["GET /orgs/{org}/rulesets/rule-suites"],getOrgRuleset:["GET /orgs/{org}/rulesets/{ruleset_id}"],getOrgRulesets:["GET /orgs/{org}/rulesets"],getPages:["GET /repos/{owner}/{repo}/pages"],getPagesBuild:["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],getPagesDeployment:["GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"],getPagesHealthCheck:["GET /repos/{owner}/{repo}/pages/health"],getParticipationStats:["GET /repos/{owner}/{repo}/stats/participation"],getPullRequestReviewProtection:["GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"],getPunchCardStats:["GET /repos/{owner}/{repo}/stats/punch_card"],getReadme:["GET /repos/{owner}/{repo}/readme"],getReadmeInDirectory:["GET /repos/{owner}/{repo}/readme/{dir}"],getRelease:["GET /repos/{owner}/{repo}/releases/{release_id}"],getReleaseAsset:["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],getReleaseByTag:["GET /repos/{owner}/{repo}/releases/tags/{tag}"],getRepoRuleSuite:["GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"],getRepoRuleSuites:["GET /repos/{owner}/{repo}/rulesets/rule-suites"],getRepoRuleset:["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],getRepoRulesetHistory:["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"],getRepoRulesetVersion:["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"],getRepoRulesets:["GET /repos/{owner}/{repo}/rulesets"],getStatusChecksProtection:["GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"],getTeamsWithAccessToProtectedBranch:["GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"],getTopPaths:["GET /repos/{owner}/{repo}/traffic/popular/paths"],getTopReferrers:["GET /repos/{owner}/{repo}/traffic/popular/referrers"],getUsersWithAccessToProtectedBranch:["GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"],getViews:["GET /repos/{owner}/{repo}/traffic/views"],getWebhook:["GET /repos/{owner}/{repo}/hooks/{hook_id}"],getWebhookConfigForRepo:["GET /repos/{owner}/{repo}/hooks/{hook_id}/config"],getWebhookDelivery:["GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"],listActivities:["GET /repos/{owner}/{repo}/activity"],listAttestations:["GET /repos/{owner}/{repo}/attestations/{subject_digest}"],listAutolinks:["GET /repos/{owner}/{repo}/autolinks"],listBranches:["GET /repos/{owner}/{repo}/branches"],listBranchesForHeadCommit:["GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"],listCollaborators:["GET /repos/{owner}/{repo}/collaborators"],listCommentsForCommit:["GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"],listCommitCommentsForRepo:["GET /repos/{owner}/{repo}/comments"],listCommitStatusesForRef:["GET /repos/{owner}/{repo}/commits/{ref}/statuses"],listCommits:["GET /repos/{owner}/{repo}/commits"],listContributors:["GET /repos/{owner}/{repo}/contributors"],listCustomDeploymentRuleIntegrations:["GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"],listDeployKeys:["GET /repos/{owner}/{repo}/keys"],listDeploymentBranchPolicies:["GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"],listDeploymentStatuses:["GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"],listDeployments:["GET /repos/{owner}/{repo}/deployments"],listForAuthenticatedUser:["GET /user/repos"],listForOrg:["GET /orgs/{org}/repos"],listForUser:["GET /users/{username}/repos"],listForks:["GET /repos/{owner}/{repo}/forks"],listInvitations:["GET /repos/{owner}/{repo}/invitations"],listInvitationsForAuthenticatedUser:["GET /user/repository_invitations"],listLanguages:["GET /repos/{owner}/{repo}/languages"],listPagesBuilds:["GET /repos/{owner}/{repo}/pages/builds"],listPublic:["GET /repositories"],listPullRequestsAssociatedWithCommit:["GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"],listReleaseAssets:["GET /repos/{owner}/{repo}/releases/{release_id}/assets"],listReleases:["GET /repos/{owner}/{repo}/releases"],listTags:["GET /repos/{owner}/{repo}/tags"],listTeams:["GET /repos/{owner}/{repo}/teams"],listWebhookDeliveries:["GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"],listWebhooks:["GET /repos/{owner}/{repo}/hooks"],merge:["POST /repos/{owner}/{repo}/merges"],mergeUpstream:["POST /repos/{owner}/{repo}/merge-upstream"],pingWebhook:["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],redeliverWebhookDelivery:["POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"],removeAppAccessRestrictions:["DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",{},{mapToData:"apps"}],removeCollaborator:["DELETE /repos/{owner}/{repo}/collaborators/{username}"],removeStatusCheckContexts:["DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",{},{mapToData:"contexts"}],removeStatusCheckProtection:["DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"],removeTeamAccessRestrictions:["DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",{},{mapToData:"teams"}],removeUserAccessRestrictions:["DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",{},{mapToData:"users"}],renameBranch:["POST /repos/{owner}/{repo}/branches/{branch}/rename"],replaceAllTopics:["PUT /repos/{owner}/{repo}/topics"],requestPagesBuild:["POST /repos/{owner}/{repo}/pages/builds"],setAdminBranchProtection:["POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"],setAppAccessRestrictions:["PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",{},{mapToData:"apps"}],setStatusCheckContexts:["PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",{},{mapToData:"contexts"}],setTeamAccessRestrictions:["PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",{},{mapToData:"teams"}],setUserAccessRestrictions:["PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",{},{mapToData:"users"}],testPushWebhook:["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],transfer:["POST /repos/{owner}/{repo}/transfer"],update:["PATCH /repos/{owner}/{repo}"],updateBranchProtection:["PUT /repos/{owner}/{repo}/branches/{branch}/protection"],updateCommitComment:["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],updateDeploymentBranchPolicy:["PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"],updateInformationAboutPagesSite:["PUT /repos/{owner}/{repo}/pages"],updateInvitation:["PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"],updateOrgRuleset:["PUT /orgs/{org}/rulesets/{ruleset_id}"],updatePullRequestReviewProtection:["PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"],updateRelease:["PATCH /repos/{owner}/{repo}/releases/{release_id}"],updateReleaseAsset:["PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"],updateRepoRuleset:["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],updateStatusCheckPotection:["PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",{},{renamed:["repos","updateStatusCheckProtection"]}],updateStatusCheckProtection:["PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"],updateWebhook:["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],updateWebhookConfigForRepo:["PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"],uploadReleaseAsset:["POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",{baseUrl:"https://uploads.github.com"}]},search:{code:["GET /search/code"],commits:["GET /search/commits"],issuesAndPullRequests:["GET /search/issues"],labels:["GET /search/labels"],repos:["GET /search/repositories"],topics:["GET /search/topics"],users:["GET /search/users"]},secretScanning:{createPushProtectionBypass:["POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"],getAlert:["GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"],getScanHistory:["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],listAlertsForOrg:["GET /orgs/{org}/secret-scanning/alerts"],listAlertsForRepo:["GET /repos/{owner}/{repo}/secret-scanning/alerts"],listLocationsForAlert:["GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"],listOrgPatternConfigs:["GET /orgs/{org}/secret-scanning/pattern-configurations"],updateAlert:["PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"],updateOrgPatternConfigs:["PATCH /orgs/{org}/secret-scanning/pattern-configurations"]},securityAdvisories:{createFork:["POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"],createPrivateVulnerabilityReport:["POST /repos/{owner}/{repo}/security-advisories/reports"],createRepositoryAdvisory:["POST /repos/{owner}/{repo}/security-advisories"],createRepositoryAdvisoryCveRequest:["POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"],getGlobalAdvisory:["GET /advisories/{ghsa_id}"],getRepositoryAdvisory:["GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"],listGlobalAdvisories:["GET /advisories"],listOrgRepositoryAdvisories:["GET /orgs/{org}/security-advisories"],listRepositoryAdvisories:["GET /repos/{owner}/{repo}/security-advisories"],updateRepositoryAdvisory:["PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"]},teams:{addOrUpdateMembershipForUserInOrg:["PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"],addOrUpdateRepoPermissionsInOrg:["PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"],checkPermissionsForRepoInOrg:["GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"],create:["POST /orgs/{org}/teams"],createDiscussionCommentInOrg:["POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"],createDiscussionInOrg:["POST /orgs/{org}/teams/{team_slug}/discussions"],deleteDiscussionCommentInOrg:["DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"],deleteDiscussionInOrg:["DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"],deleteInOrg:["DELETE /orgs/{org}/teams/{team_slug}"],getByName:["GET /orgs/{org}/teams/{team_slug}"],getDiscussionCommentInOrg:["GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"],getDiscussionInOrg:["GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"],getMembershipForUserInOrg:["GET /orgs/{org}/teams/{team_slug}/memberships/{username}"],list:["GET /orgs/{org}/teams"],listChildInOrg:["GET /orgs/{org}/teams/{team_slug}/teams"],listDiscussionCommentsInOrg:["GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"],listDiscussionsInOrg:["GET /orgs/{org}/teams/{team_slug}/discussions"],listForAuthenticatedUser:["GET /user/teams"],listMembersInOrg:["GET /orgs/{org}/teams/{team_slug}/members"],listPendingInvitationsInOrg:["GET /orgs/{org}/teams/{team_slug}/invitations"],listReposInOrg:["GET /orgs/{org}/teams/{team_slug}/repos"],removeMembershipForUserInOrg:["DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"],removeRepoInOrg:["DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"],updateDiscussionCommentInOrg:["PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"],updateDiscussionInOrg:["PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"],updateInOrg:["PATCH /orgs/{org}/teams/{team_slug}"]},users:{addEmailForAuthenticated:["POST /user/emails",{},{renamed:["users","addEmailForAuthenticatedUser"]}],addEmailForAuthenticatedUser:["POST /user/emails"],addSocialAccountForAuthenticatedUser:["POST /user/social_accounts"],block:["PUT /user/blocks/{username}"],checkBlocked:["GET /user/blocks/{username}"],checkFollowingForUser:["GET /users/{username}/following/{target_user}"],checkPersonIsFollowedByAuthenticated:["GET /user/following/{username}"],createGpgKeyForAuthenticated:["POST /user/gpg_keys",{},{renamed:["users","createGpgKeyForAuthenticatedUser"]}],createGpgKeyForAuthenticatedUser:["POST /user/gpg_keys"],createPublicSshKeyForAuthenticated:["POST /user/keys",{},{renamed:["users","createPublicSshKeyForAuthenticatedUser"]}],createPublicSshKeyForAuthenticatedUser:["POST /user/keys"],createSshSigningKeyForAuthenticatedUser:["POST /user/ssh_signing_keys"],deleteAttestationsBulk:["POST /users/{username}/attestations/delete-request"],deleteAttestationsById:["DELETE /users/{username}/attestations/{attestation_id}"],deleteAttestationsBySubjectDigest:["DELETE /users/{username}/attestations/digest/{subject_digest}"],deleteEmailForAuthenticated:["DELETE /user/emails",{},{renamed:["users","deleteEmailForAuthenticatedUser"]}],deleteEmailForAuthenticatedUser:["DELETE /user/emails"],deleteGpgKeyForAuthenticated:["DELETE /user/gpg_keys/{gpg_key_id}",{},{renamed:["users","deleteGpgKeyForAuthenticatedUser"]}],deleteGpgKeyForAuthenticatedUser:["DELETE /user/gpg_keys/{gpg_key_id}"],deletePublicSshKeyForAuthenticated:["DELETE /user/keys/{key_id}",{},{renamed:["users","deletePublicSshKeyForAuthenticatedUser"]}],deletePublicSshKeyForAuthenticatedUser:["DELETE /user/keys/{key_id}"],deleteSocialAccountForAuthenticatedUser:["DELETE /user/social_accounts"],deleteSshSigningKeyForAuthenticatedUser:["DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"],follow:["PUT /user/following/{username}"],getAuthenticated:["GET /user"],getById:["GET /user/{account_id}"],getByUsername:["GET /users/{username}"],getContextForUser:["GET /users/{username}/hovercard"],getGpgKeyForAuthenticated:["GET /user/gpg_keys/{gpg_key_id}",{},{renamed:["users","getGpgKeyForAuthenticatedUser"]}],getGpgKeyForAuthenticatedUser:["GET /user/gpg_keys/{gpg_key_id}"],getPublicSshKeyForAuthenticated:["GET /user/keys/{key_id}",{},{renamed:["users","getPublicSshKeyForAuthenticatedUser"]}],getPublicSshKeyForAuthenticatedUser:["GET /user/keys/{key_id}"],getSshSigningKeyForAuthenticatedUser:["GET /user/ssh_signing_keys/{ssh_signing_key_id}"],list:["GET /users"],listAttestations:["GET /users/{username}/attestations/{subject_digest}"],listAttestationsBulk:["POST /users/{username}/attestations/bulk-list{?per_page,before,after}"],listBlockedByAuthenticated:["GET /user/blocks",{},{renamed:["users","listBlockedByAuthenticatedUser"]}],listBlockedByAuthenticatedUser:["GET /user/blocks"],listEmailsForAuthenticated:["GET /user/emails",{},{renamed:["users","listEmailsForAuthenticatedUser"]}],listEmailsForAuthenticatedUser:["GET /user/emails"],listFollowedByAuthenticated:["GET /user/following",{},{renamed:["users","listFollowedByAuthenticatedUser"]}],listFollowedByAuthenticatedUser:["GET /user/following"],listFollowersForAuthenticatedUser:["GET /user/followers"],listFollowersForUser:["GET /users/{username}/followers"],listFollowingForUser:["GET /users/{username}/following"],listGpgKeysForAuthenticated:["GET /user/gpg_keys",{},{renamed:["users","listGpgKeysForAuthenticatedUser"]}],listGpgKeysForAuthenticatedUser:["GET /user/gpg_keys"],listGpgKeysForUser:["GET /users/{username}/gpg_keys"],listPublicEmailsForAuthenticated:["GET /user/public_emails",{},{renamed:["users","listPublicEmailsForAuthenticatedUser"]}],listPublicEmailsForAuthenticatedUser:["GET /user/public_emails"],listPublicKeysForUser:["GET /users/{username}/keys"],listPublicSshKeysForAuthenticated:["GET /user/keys",{},{renamed:["users","listPublicSshKeysForAuthenticatedUser"]}],listPublicSshKeysForAuthenticatedUser:["GET /user/keys"],listSocialAccountsForAuthenticatedUser:["GET /user/social_accounts"],listSocialAccountsForUser:["GET /users/{username}/social_accounts"],listSshSigningKeysForAuthenticatedUser:["GET /user/ssh_signing_keys"],listSshSigningKeysForUser:["GET /users/{username}/ssh_signing_keys"],setPrimaryEmailVisibilityForAuthenticated:["PATCH /user/email/visibility",{},{renamed:["users","setPrimaryEmailVisibilityForAuthenticatedUser"]}],setPrimaryEmailVisibilityForAuthenticatedUser:["PATCH /user/email/visibility"],unblock:["DELETE /user/blocks/{username}"],unfollow:["DELETE /user/following/{username}"],updateAuthenticated:["PATCH /user"]}};var ge=ue;const he=new Map;for(const[e,t]of Object.entries(ge)){for(const[r,s]of Object.entries(t)){const[t,o,n]=s;const[A,i]=t.split(/ /);const a=Object.assign({method:A,url:i},o);if(!he.has(e)){he.set(e,new Map)}he.get(e).set(r,{scope:e,methodName:r,endpointDefaults:a,decorations:n})}}const Ee={has({scope:e},t){return he.get(e).has(t)},getOwnPropertyDescriptor(e,t){return{value:this.get(e,t),configurable:true,writable:true,enumerable:true}},defineProperty(e,t,r){Object.defineProperty(e.cache,t,r);return true},deleteProperty(e,t){delete e.cache[t];return true},ownKeys({scope:e}){return[...he.get(e).keys()]},set(e,t,r){return e.cache[t]=r},get({octokit:e,scope:t,cache:r},s){if(r[s]){return r[s]}const o=he.get(t).get(s);if(!o){return void 0}const{endpointDefaults:n,decorations:A}=o;if(A){r[s]=decorate(e,t,s,n,A)}else{r[s]=e.request.defaults(n)}return r[s]}};function endpointsToMethods(e){const t={};for(const r of he.keys()){t[r]=new Proxy({octokit:e,scope:r,cache:{}},Ee)}return t}function decorate(e,t,r,s,o){const n=e.request.defaults(s);function withDecorations(...s){let A=n.endpoint.merge(...s);if(o.mapToData){A=Object.assign({},A,{data:A[o.mapToData],[o.mapToData]:void 0});return n(A)}if(o.renamed){const[s,n]=o.renamed;e.log.warn(`octokit.${t}.${r}() has been renamed to octokit.${s}.${n}()`)}if(o.deprecated){e.log.warn(o.deprecated)}if(o.renamedParameters){const A=n.endpoint.merge(...s);for(const[s,n]of Object.entries(o.renamedParameters)){if(s in A){e.log.warn(`"${s}" parameter is deprecated for "octokit.${t}.${r}()". Use "${n}" instead`);if(!(n in A)){A[n]=A[s]}delete A[s]}}return n(A)}return n(...s)}return Object.assign(withDecorations,n)}function restEndpointMethods(e){const t=endpointsToMethods(e);return{rest:t}}restEndpointMethods.VERSION=le;function legacyRestEndpointMethods(e){const t=endpointsToMethods(e);return{...t,rest:t}}legacyRestEndpointMethods.VERSION=le;var de="0.0.0-development";function normalizePaginatedListResponse(e){if(!e.data){return{...e,data:[]}}const t=("total_count"in e.data||"total_commits"in e.data)&&!("url"in e.data);if(!t)return e;const r=e.data.incomplete_results;const s=e.data.repository_selection;const o=e.data.total_count;const n=e.data.total_commits;delete e.data.incomplete_results;delete e.data.repository_selection;delete e.data.total_count;delete e.data.total_commits;const A=Object.keys(e.data)[0];const i=e.data[A];e.data=i;if(typeof r!=="undefined"){e.data.incomplete_results=r}if(typeof s!=="undefined"){e.data.repository_selection=s}e.data.total_count=o;e.data.total_commits=n;return e}function iterator(e,t,r){const s=typeof t==="function"?t.endpoint(r):e.request.endpoint(t,r);const o=typeof t==="function"?t:e.request;const n=s.method;const A=s.headers;let i=s.url;return{[Symbol.asyncIterator]:()=>({async next(){if(!i)return{done:true};try{const e=await o({method:n,url:i,headers:A});const t=normalizePaginatedListResponse(e);i=((t.headers.link||"").match(/<([^<>]+)>;\s*rel="next"/)||[])[1];if(!i&&"total_commits"in t.data){const e=new URL(t.url);const r=e.searchParams;const s=parseInt(r.get("page")||"1",10);const o=parseInt(r.get("per_page")||"250",10);if(s*o<t.data.total_commits){r.set("page",String(s+1));i=e.toString()}}return{value:t}}catch(e){if(e.status!==409)throw e;i="";return{value:{status:200,headers:{},data:[]}}}}})}}function paginate(e,t,r,s){if(typeof r==="function"){s=r;r=void 0}return gather(e,[],iterator(e,t,r)[Symbol.asyncIterator](),s)}function gather(e,t,r,s){return r.next().then(o=>{if(o.done){return t}let n=false;function done(){n=true}t=t.concat(s?s(o.value,done):o.value.data);if(n){return t}return gather(e,t,r,s)})}var pe=Object.assign(paginate,{iterator:iterator});var Ce=null&&["GET /advisories","GET /app/hook/deliveries","GET /app/installation-requests","GET /app/installations","GET /assignments/{assignment_id}/accepted_assignments","GET /classrooms","GET /classrooms/{classroom_id}/assignments","GET /enterprises/{enterprise}/code-security/configurations","GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories","GET /enterprises/{enterprise}/dependabot/alerts","GET /enterprises/{enterprise}/teams","GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships","GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations","GET /events","GET /gists","GET /gists/public","GET /gists/starred","GET /gists/{gist_id}/comments","GET /gists/{gist_id}/commits","GET /gists/{gist_id}/forks","GET /installation/repositories","GET /issues","GET /licenses","GET /marketplace_listing/plans","GET /marketplace_listing/plans/{plan_id}/accounts","GET /marketplace_listing/stubbed/plans","GET /marketplace_listing/stubbed/plans/{plan_id}/accounts","GET /networks/{owner}/{repo}/events","GET /notifications","GET /organizations","GET /organizations/{org}/dependabot/repository-access","GET /orgs/{org}/actions/cache/usage-by-repository","GET /orgs/{org}/actions/hosted-runners","GET /orgs/{org}/actions/permissions/repositories","GET /orgs/{org}/actions/permissions/self-hosted-runners/repositories","GET /orgs/{org}/actions/runner-groups","GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners","GET /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories","GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners","GET /orgs/{org}/actions/runners","GET /orgs/{org}/actions/secrets","GET /orgs/{org}/actions/secrets/{secret_name}/repositories","GET /orgs/{org}/actions/variables","GET /orgs/{org}/actions/variables/{name}/repositories","GET /orgs/{org}/attestations/repositories","GET /orgs/{org}/attestations/{subject_digest}","GET /orgs/{org}/blocks","GET /orgs/{org}/campaigns","GET /orgs/{org}/code-scanning/alerts","GET /orgs/{org}/code-security/configurations","GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories","GET /orgs/{org}/codespaces","GET /orgs/{org}/codespaces/secrets","GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories","GET /orgs/{org}/copilot/billing/seats","GET /orgs/{org}/copilot/metrics","GET /orgs/{org}/dependabot/alerts","GET /orgs/{org}/dependabot/secrets","GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories","GET /orgs/{org}/events","GET /orgs/{org}/failed_invitations","GET /orgs/{org}/hooks","GET /orgs/{org}/hooks/{hook_id}/deliveries","GET /orgs/{org}/insights/api/route-stats/{actor_type}/{actor_id}","GET /orgs/{org}/insights/api/subject-stats","GET /orgs/{org}/insights/api/user-stats/{user_id}","GET /orgs/{org}/installations","GET /orgs/{org}/invitations","GET /orgs/{org}/invitations/{invitation_id}/teams","GET /orgs/{org}/issues","GET /orgs/{org}/members","GET /orgs/{org}/members/{username}/codespaces","GET /orgs/{org}/migrations","GET /orgs/{org}/migrations/{migration_id}/repositories","GET /orgs/{org}/organization-roles/{role_id}/teams","GET /orgs/{org}/organization-roles/{role_id}/users","GET /orgs/{org}/outside_collaborators","GET /orgs/{org}/packages","GET /orgs/{org}/packages/{package_type}/{package_name}/versions","GET /orgs/{org}/personal-access-token-requests","GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories","GET /orgs/{org}/personal-access-tokens","GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories","GET /orgs/{org}/private-registries","GET /orgs/{org}/projects","GET /orgs/{org}/projectsV2","GET /orgs/{org}/projectsV2/{project_number}/fields","GET /orgs/{org}/projectsV2/{project_number}/items","GET /orgs/{org}/properties/values","GET /orgs/{org}/public_members","GET /orgs/{org}/repos","GET /orgs/{org}/rulesets","GET /orgs/{org}/rulesets/rule-suites","GET /orgs/{org}/rulesets/{ruleset_id}/history","GET /orgs/{org}/secret-scanning/alerts","GET /orgs/{org}/security-advisories","GET /orgs/{org}/settings/immutable-releases/repositories","GET /orgs/{org}/settings/network-configurations","GET /orgs/{org}/team/{team_slug}/copilot/metrics","GET /orgs/{org}/teams","GET /orgs/{org}/teams/{team_slug}/discussions","GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments","GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions","GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions","GET /orgs/{org}/teams/{team_slug}/invitations","GET /orgs/{org}/teams/{team_slug}/members","GET /orgs/{org}/teams/{team_slug}/projects","GET /orgs/{org}/teams/{team_slug}/repos","GET /orgs/{org}/teams/{team_slug}/teams","GET /projects/{project_id}/collaborators","GET /repos/{owner}/{repo}/actions/artifacts","GET /repos/{owner}/{repo}/actions/caches","GET /repos/{owner}/{repo}/actions/organization-secrets","GET /repos/{owner}/{repo}/actions/organization-variables","GET /repos/{owner}/{repo}/actions/runners","GET /repos/{owner}/{repo}/actions/runs","GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts","GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs","GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs","GET /repos/{owner}/{repo}/actions/secrets","GET /repos/{owner}/{repo}/actions/variables","GET /repos/{owner}/{repo}/actions/workflows","GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs","GET /repos/{owner}/{repo}/activity","GET /repos/{owner}/{repo}/assignees","GET /repos/{owner}/{repo}/attestations/{subject_digest}","GET /repos/{owner}/{repo}/branches","GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations","GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs","GET /repos/{owner}/{repo}/code-scanning/alerts","GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances","GET /repos/{owner}/{repo}/code-scanning/analyses","GET /repos/{owner}/{repo}/codespaces","GET /repos/{owner}/{repo}/codespaces/devcontainers","GET /repos/{owner}/{repo}/codespaces/secrets","GET /repos/{owner}/{repo}/collaborators","GET /repos/{owner}/{repo}/comments","GET /repos/{owner}/{repo}/comments/{comment_id}/reactions","GET /repos/{owner}/{repo}/commits","GET /repos/{owner}/{repo}/commits/{commit_sha}/comments","GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls","GET /repos/{owner}/{repo}/commits/{ref}/check-runs","GET /repos/{owner}/{repo}/commits/{ref}/check-suites","GET /repos/{owner}/{repo}/commits/{ref}/status","GET /repos/{owner}/{repo}/commits/{ref}/statuses","GET /repos/{owner}/{repo}/compare/{basehead}","GET /repos/{owner}/{repo}/compare/{base}...{head}","GET /repos/{owner}/{repo}/contributors","GET /repos/{owner}/{repo}/dependabot/alerts","GET /repos/{owner}/{repo}/dependabot/secrets","GET /repos/{owner}/{repo}/deployments","GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses","GET /repos/{owner}/{repo}/environments","GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies","GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps","GET /repos/{owner}/{repo}/environments/{environment_name}/secrets","GET /repos/{owner}/{repo}/environments/{environment_name}/variables","GET /repos/{owner}/{repo}/events","GET /repos/{owner}/{repo}/forks","GET /repos/{owner}/{repo}/hooks","GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries","GET /repos/{owner}/{repo}/invitations","GET /repos/{owner}/{repo}/issues","GET /repos/{owner}/{repo}/issues/comments","GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions","GET /repos/{owner}/{repo}/issues/events","GET /repos/{owner}/{repo}/issues/{issue_number}/comments","GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by","GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking","GET /repos/{owner}/{repo}/issues/{issue_number}/events","GET /repos/{owner}/{repo}/issues/{issue_number}/labels","GET /repos/{owner}/{repo}/issues/{issue_number}/reactions","GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues","GET /repos/{owner}/{repo}/issues/{issue_number}/timeline","GET /repos/{owner}/{repo}/keys","GET /repos/{owner}/{repo}/labels","GET /repos/{owner}/{repo}/milestones","GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels","GET /repos/{owner}/{repo}/notifications","GET /repos/{owner}/{repo}/pages/builds","GET /repos/{owner}/{repo}/projects","GET /repos/{owner}/{repo}/pulls","GET /repos/{owner}/{repo}/pulls/comments","GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions","GET /repos/{owner}/{repo}/pulls/{pull_number}/comments","GET /repos/{owner}/{repo}/pulls/{pull_number}/commits","GET /repos/{owner}/{repo}/pulls/{pull_number}/files","GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews","GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments","GET /repos/{owner}/{repo}/releases","GET /repos/{owner}/{repo}/releases/{release_id}/assets","GET /repos/{owner}/{repo}/releases/{release_id}/reactions","GET /repos/{owner}/{repo}/rules/branches/{branch}","GET /repos/{owner}/{repo}/rulesets","GET /repos/{owner}/{repo}/rulesets/rule-suites","GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history","GET /repos/{owner}/{repo}/secret-scanning/alerts","GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations","GET /repos/{owner}/{repo}/security-advisories","GET /repos/{owner}/{repo}/stargazers","GET /repos/{owner}/{repo}/subscribers","GET /repos/{owner}/{repo}/tags","GET /repos/{owner}/{repo}/teams","GET /repos/{owner}/{repo}/topics","GET /repositories","GET /search/code","GET /search/commits","GET /search/issues","GET /search/labels","GET /search/repositories","GET /search/topics","GET /search/users","GET /teams/{team_id}/discussions","GET /teams/{team_id}/discussions/{discussion_number}/comments","GET /teams/{team_id}/discussions/{discussion_number}/comments/{comment_number}/reactions","GET /teams/{team_id}/discussions/{discussion_number}/reactions","GET /teams/{team_id}/invitations","GET /teams/{team_id}/members","GET /teams/{team_id}/projects","GET /teams/{team_id}/repos","GET /teams/{team_id}/teams","GET /user/blocks","GET /user/codespaces","GET /user/codespaces/secrets","GET /user/emails","GET /user/followers","GET /user/following","GET /user/gpg_keys","GET /user/installations","GET /user/installations/{installation_id}/repositories","GET /user/issues","GET /user/keys","GET /user/marketplace_purchases","GET /user/marketplace_purchases/stubbed","GET /user/memberships/orgs","GET /user/migrations","GET /user/migrations/{migration_id}/repositories","GET /user/orgs","GET /user/packages","GET /user/packages/{package_type}/{package_name}/versions","GET /user/public_emails","GET /user/repos","GET /user/repository_invitations","GET /user/social_accounts","GET /user/ssh_signing_keys","GET /user/starred","GET /user/subscriptions","GET /user/teams","GET /users","GET /users/{username}/attestations/{subject_digest}","GET /users/{username}/events","GET /users/{username}/events/orgs/{org}","GET /users/{username}/events/public","GET /users/{username}/followers","GET /users/{username}/following","GET /users/{username}/gists","GET /users/{username}/gpg_keys","GET /users/{username}/keys","GET /users/{username}/orgs","GET /users/{username}/packages","GET /users/{username}/projects","GET /users/{username}/projectsV2","GET /users/{username}/projectsV2/{project_number}/fields","GET /users/{username}/projectsV2/{project_number}/items","GET /users/{username}/received_events","GET /users/{username}/received_events/public","GET /users/{username}/repos","GET /users/{username}/social_accounts","GET /users/{username}/ssh_signing_keys","GET /users/{username}/starred","GET /users/{username}/subscriptions"];function isPaginatingEndpoint(e){if(typeof e==="string"){return Ce.includes(e)}else{return false}}function paginateRest(e){return{paginate:Object.assign(paginate.bind(null,e),{iterator:iterator.bind(null,e)})}}paginateRest.VERSION=de;const Qe=new Context;const fe=getApiBaseUrl();const Be={baseUrl:fe,request:{agent:getProxyAgent(fe),fetch:getProxyFetch(fe)}};const Ie=Octokit.plugin(restEndpointMethods,paginateRest).defaults(Be);function getOctokitOptions(e,t){const r=Object.assign({},t||{});const s=getAuthString(e,r);if(s){r.auth=s}const o=getUserAgentWithOrchestrationId(r.userAgent);if(o){r.userAgent=o}return r}const me=new Context;function getOctokit(e,t,...r){const s=Ie.plugin(...r);return new s(getOctokitOptions(e,t))}var we=s(6503);var ye=s.n(we);var be="0.0.0-development";function isRequestError(e){return e.request!==void 0}async function errorRequest(e,t,r,s){if(!isRequestError(r)||!r?.request.request){throw r}if(r.status>=400&&!e.doNotRetry.includes(r.status)){const o=s.request.retries!=null?s.request.retries:e.retries;const n=Math.pow((s.request.retryCount||0)+1,2);throw t.retry.retryRequest(r,o,n)}throw r}async function wrapRequest(e,t,r,s){const o=new we;o.on("failed",function(t,r){const o=~~t.request.request?.retries;const n=~~t.request.request?.retryAfter;s.request.retryCount=r.retryCount+1;if(o>r.retryCount){return n*e.retryAfterBaseValue}});return o.schedule(requestWithGraphqlErrorHandling.bind(null,e,t,r),s)}async function requestWithGraphqlErrorHandling(e,t,r,s){const o=await r(s);if(o.data&&o.data.errors&&o.data.errors.length>0&&/Something went wrong while executing your query/.test(o.data.errors[0].message)){const r=new RequestError(o.data.errors[0].message,500,{request:s,response:o});return errorRequest(e,t,r,s)}return o}function retry(e,t){const r=Object.assign({enabled:true,retryAfterBaseValue:1e3,doNotRetry:[400,401,403,404,410,422,451],retries:3},t.retry);const s={retry:{retryRequest:(e,t,r)=>{e.request.request=Object.assign({},e.request.request,{retries:t,retryAfter:r});return e}}};if(r.enabled){e.hook.error("request",errorRequest.bind(null,r,s));e.hook.wrap("request",wrapRequest.bind(null,r,s))}return s}retry.VERSION=be;var ke="0.0.0-development";var dist_bundle_noop=()=>Promise.resolve();function dist_bundle_wrapRequest(e,t,r){return e.retryLimiter.schedule(doRequest,e,t,r)}async function doRequest(e,t,r){const{pathname:s}=new URL(r.url,"http://github.test");const o=isAuthRequest(r.method,s);const n=!o&&r.method!=="GET"&&r.method!=="HEAD";const A=r.method==="GET"&&s.startsWith("/search/");const i=s.startsWith("/graphql");const a=~~t.retryCount;const c=a>0?{priority:0,weight:0}:{};if(e.clustering){c.expiration=1e3*60}if(n||i){await e.write.key(e.id).schedule(c,dist_bundle_noop)}if(n&&e.triggersNotification(s)){await e.notifications.key(e.id).schedule(c,dist_bundle_noop)}if(A){await e.search.key(e.id).schedule(c,dist_bundle_noop)}const l=(o?e.auth:e.global).key(e.id).schedule(c,t,r);if(i){const e=await l;if(e.data.errors!=null&&e.data.errors.some(e=>e.type==="RATE_LIMITED")){const t=Object.assign(new Error("GraphQL Rate Limit Exceeded"),{response:e,data:e.data});throw t}}return l}function isAuthRequest(e,t){return e==="PATCH"&&/^\/applications\/[^/]+\/token\/scoped$/.test(t)||e==="POST"&&(/^\/applications\/[^/]+\/token$/.test(t)||/^\/app\/installations\/[^/]+\/access_tokens$/.test(t)||t==="/login/oauth/access_token")}var Re=["/orgs/{org}/invitations","/orgs/{org}/invitations/{invitation_id}","/orgs/{org}/teams/{team_slug}/discussions","/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments","/repos/{owner}/{repo}/collaborators/{username}","/repos/{owner}/{repo}/commits/{commit_sha}/comments","/repos/{owner}/{repo}/issues","/repos/{owner}/{repo}/issues/{issue_number}/comments","/repos/{owner}/{repo}/issues/{issue_number}/sub_issue","/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority","/repos/{owner}/{repo}/pulls","/repos/{owner}/{repo}/pulls/{pull_number}/comments","/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies","/repos/{owner}/{repo}/pulls/{pull_number}/merge","/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers","/repos/{owner}/{repo}/pulls/{pull_number}/reviews","/repos/{owner}/{repo}/releases","/teams/{team_id}/discussions","/teams/{team_id}/discussions/{discussion_number}/comments"];function routeMatcher(e){const t=e.map(e=>e.split("/").map(e=>e.startsWith("{")?"(?:.+?)":e).join("/"));const r=`^(?:${t.map(e=>`(?:${e})`).join("|")})[^/]*$`;return new RegExp(r,"i")}var De=routeMatcher(Re);var Te=De.test.bind(De);var Se={};var createGroups=function(e,t){Se.global=new e.Group({id:"octokit-global",maxConcurrent:10,...t});Se.auth=new e.Group({id:"octokit-auth",maxConcurrent:1,...t});Se.search=new e.Group({id:"octokit-search",maxConcurrent:1,minTime:2e3,...t});Se.write=new e.Group({id:"octokit-write",maxConcurrent:1,minTime:1e3,...t});Se.notifications=new e.Group({id:"octokit-notifications",maxConcurrent:1,minTime:3e3,...t})};function throttling(e,t){const{enabled:r=true,Bottleneck:s=we,id:o="no-id",timeout:n=1e3*60*2,connection:A}=t.throttle||{};if(!r){return{}}const i={timeout:n};if(typeof A!=="undefined"){i.connection=A}const a=Object.assign({clustering:A!=null,triggersNotification:Te,fallbackSecondaryRateRetryAfter:60,retryAfterBaseValue:1e3,id:o},t.throttle);if(typeof a.onSecondaryRateLimit!=="function"||typeof a.onRateLimit!=="function"){throw new Error(`octokit/plugin-throttling error:\n        You must pass the onSecondaryRateLimit and onRateLimit error handlers.\n        See https://octokit.github.io/rest.js/#throttling\n\n        const octokit = new Octokit({\n          throttle: {\n            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},\n            onRateLimit: (retryAfter, options) => {/* ... */}\n          }\n        })\n    `)}let c=false;const initializeBottleneck=()=>{if(c){return}c=true;if(Se.global==null){createGroups(s,i)}a.global=a.global??Se.global;a.auth=a.auth??Se.auth;a.search=a.search??Se.search;a.write=a.write??Se.write;a.notifications=a.notifications??Se.notifications;a.retryLimiter=a.retryLimiter??new s;const t={};const r=new s.Events(t);t.on("secondary-limit",a.onSecondaryRateLimit);t.on("rate-limit",a.onRateLimit);t.on("error",t=>e.log.warn("Error in throttling-plugin limit handler",t));a.retryLimiter.on("failed",async function(t,s){const[o,n,A]=s.args;const{pathname:i}=new URL(A.url,"http://github.test");const a=i.startsWith("/graphql")&&t.status!==401;if(!(a||t.status===403||t.status===429)){return}const c=~~n.retryCount;n.retryCount=c;A.request.retryCount=c;const{wantRetry:l,retryAfter:u=0}=await async function(){if(/\bsecondary rate\b/i.test(t.message)){const s=Number(t.response.headers["retry-after"])||o.fallbackSecondaryRateRetryAfter;const n=await r.trigger("secondary-limit",s,A,e,c);return{wantRetry:n,retryAfter:s}}if(t.response.headers!=null&&t.response.headers["x-ratelimit-remaining"]==="0"||(t.response.data?.errors??[]).some(e=>e.type==="RATE_LIMITED")){const s=new Date(~~t.response.headers["x-ratelimit-reset"]*1e3).getTime();const o=Math.max(Math.ceil((s-Date.now())/1e3)+1,0);const n=await r.trigger("rate-limit",o,A,e,c);return{wantRetry:n,retryAfter:o}}return{}}();if(l){n.retryCount++;return u*o.retryAfterBaseValue}})};e.hook.wrap("request",(e,t)=>{initializeBottleneck();return dist_bundle_wrapRequest(a,e,t)});return{}}throttling.VERSION=ke;throttling.triggersNotification=Te;class ConfigurationError extends Error{name="ConfigurationError"}class DryRunWriteError extends Error{name="DryRunWriteError"}function ownMessage(e){if(e instanceof Error)return e.message;if(typeof e==="string")return e;if(e!==null&&typeof e==="object"&&"message"in e)return String(e.message);return String(e)}function getErrorMessage(e){const t=ownMessage(e);const r=[];const s=new Set([e]);for(let o=e?.cause;o!==undefined&&o!==null&&!s.has(o);o=o.cause){s.add(o);const e=ownMessage(o);if(e&&![t,...r].some(t=>t.includes(e)))r.push(e)}return r.length>0?`${t} (${r.join(": ")})`:t}function httpStatus(e){if(e!==null&&typeof e==="object"&&"status"in e&&typeof e.status==="number"){return e.status}return undefined}const Fe=100;function preview(e,t,r){if(e===null||typeof e!=="object"){const r=typeof e==="string"?JSON.stringify(e.slice(0,t+1)):String(e);return r.length>t?r.slice(0,t):r}if(r.has(e))return"…";r.add(e);const s=Array.isArray(e);let o=s?"[":"{";for(const[n,A]of Object.entries(e)){if(o.length>=t)break;const e=`${o.length>1?",":""}${s?"":`${JSON.stringify(n.slice(0,t))}:`}`;o+=e+preview(A,t-o.length-e.length,r)}r.delete(e);return o.length>=t?o.slice(0,t):`${o}${s?"]":"}"}`}function quote(e,t=Fe){if(typeof e==="string"){const r=JSON.stringify(e.slice(0,t));return e.length>t?`${r}… (${e.length-t} more characters)`:r}const r=preview(e,t+1,new Set);return r.length>t?`${r.slice(0,t)}… (cut)`:r}const ve=[/\/releases\/generate-notes$/,/^\/markdown(\/raw)?$/];function isWrite(e){const{method:t}=e;if(t==="GET"||t==="HEAD")return false;const r=e.url.replace(/^[a-z]+:\/\/[^/]+/i,"").replace(/\?.*$/,"");if(t==="POST"&&ve.some(e=>e.test(r)))return false;if(t==="POST"&&/\/graphql$/.test(r)){const t=e.query??e.data?.query;return typeof t!=="string"||/^\s*mutation\b/.test(t)}return true}function isMissingRef(e){return httpStatus(e)===404&&getErrorMessage(e).startsWith("No commit found for the ref ")}function tokenNeeds(e){return`The token needs "${e}": add it to the job's permissions, or pass a token that has it in the "token" input.`}class GitHubGateway{owner;repo;serverUrl;dryRun;client;requestCount=0;constructor(e){this.owner=e.owner;this.repo=e.repo;this.serverUrl=e.serverUrl;this.dryRun=e.dryRun;const{log:t,timing:r={}}=e;const s=e.fetch??globalThis.fetch;const countingFetch=(e,t)=>{this.requestCount++;return s(e,t)};this.client=getOctokit(e.token,{baseUrl:e.apiUrl,userAgent:"instructlab-release-actions",request:{fetch:countingFetch},log:{debug:()=>{},info:()=>{},warn:e=>t.warning(e),error:e=>t.warning(e)},retry:{retryAfterBaseValue:r.retryBaseMs??1e3},throttle:{retryAfterBaseValue:r.rateLimitUnitMs??1e3,write:new(ye().Group)({maxConcurrent:1,minTime:r.writeSpacingMs??1e3}),notifications:new(ye().Group)({maxConcurrent:1,minTime:r.notificationSpacingMs??3e3}),onRateLimit:(e,r,s,o)=>{t.warning(`GitHub's rate limit was reached on ${r.method} ${r.url}; retrying in ${e} s.`);return o<1&&e<=300},onSecondaryRateLimit:(e,r,s,o)=>{t.warning(`GitHub's secondary rate limit was hit on ${r.method} ${r.url}; retrying in ${e} s.`);return o<3}}},retry,throttling);this.client.hook.before("request",e=>{if(this.dryRun&&isWrite(e)){throw new DryRunWriteError(`dry-run: refused to send ${e.method} ${e.url}, which would change the repository.`)}})}webUrl(e=""){return`${this.serverUrl}/${this.owner}/${this.repo}${e}`}get where(){return{owner:this.owner,repo:this.repo}}async write(e,t,r){try{return await r()}catch(r){const s=httpStatus(r);if(s===403&&/not accessible|permission|must have/i.test(getErrorMessage(r))){throw new ConfigurationError(`Could not ${e}: GitHub answered 403 (${getErrorMessage(r)}). ${tokenNeeds(t)}`)}throw r}}async getFileText(e,t){try{const{data:r}=await this.client.request("GET /repos/{owner}/{repo}/contents/{path}",{...this.where,path:e,...t&&{ref:t}});if(Array.isArray(r)||r.type!=="file"){throw new ConfigurationError(`${e} at ${t||"the default branch"} is a ${Array.isArray(r)?"directory":r.type}, not a file.`)}if(r.encoding==="base64")return Buffer.from(r.content,"base64").toString("utf8");const s=await this.client.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}",{...this.where,file_sha:r.sha});return Buffer.from(s.data.content,"base64").toString("utf8")}catch(e){if(httpStatus(e)===404&&!isMissingRef(e))return undefined;throw e}}async listMatchingRefs(e){const{data:t}=await this.client.request("GET /repos/{owner}/{repo}/git/matching-refs/{ref}",{...this.where,ref:e});return t.map(e=>({name:e.ref.replace(/^refs\/(heads|tags)\//,""),sha:e.object.sha,type:e.object.type==="tag"?"tag":"commit"}))}async getRef(e){try{const{data:t}=await this.client.request("GET /repos/{owner}/{repo}/git/ref/{ref}",{...this.where,ref:e});return{name:e.replace(/^(heads|tags)\//,""),sha:t.object.sha,type:t.object.type==="tag"?"tag":"commit"}}catch(e){if(httpStatus(e)===404)return undefined;throw e}}async createRef(e,t,r="contents: write"){try{await this.write(`create ${e}`,r,()=>this.client.request("POST /repos/{owner}/{repo}/git/refs",{...this.where,ref:e,sha:t}));return"created"}catch(e){if(httpStatus(e)===422&&/already exists/i.test(getErrorMessage(e)))return"exists";throw e}}async resolveCommit(e){try{const{data:t}=await this.client.request("GET /repos/{owner}/{repo}/commits/{ref}",{...this.where,ref:e,per_page:1});return t.sha}catch(e){const t=httpStatus(e);if(t===404||t===422)return undefined;throw e}}async peelTag(e){let t=e;for(let e=0;e<10;e++){const{data:e}=await this.client.request("GET /repos/{owner}/{repo}/git/tags/{tag_sha}",{...this.where,tag_sha:t});if(e.object.type!=="tag")return e.object.sha;t=e.object.sha}throw new Error(`Tag object ${e} nests more than 10 tags deep.`)}async tagCommit(e){return e.type==="tag"?this.peelTag(e.sha):e.sha}async compare(e,t){try{const{data:r}=await this.client.request("GET /repos/{owner}/{repo}/compare/{basehead}",{...this.where,basehead:`${e}...${t}`,per_page:1});return{status:r.status,aheadBy:r.ahead_by,behindBy:r.behind_by,mergeBase:r.merge_base_commit.sha}}catch(e){if(httpStatus(e)===404)return undefined;throw e}}async isAncestor(e,t){const r=await this.compare(t,e);return r?.status==="behind"||r?.status==="identical"}}const Ue=e(import.meta.url)("node:fs/promises");const Ne=e(import.meta.url)("node:os");const Me=e(import.meta.url)("node:path");function utils_toCommandValue(e){if(e===null||e===undefined){return""}else if(typeof e==="string"||e instanceof String){return e}return JSON.stringify(e)}function toCommandProperties(e){if(!Object.keys(e).length){return{}}return{title:e.title,file:e.file,line:e.startLine,endLine:e.endLine,col:e.startColumn,endColumn:e.endColumn}}function command_issueCommand(e,t,r){const s=new Command(e,t,r);process.stdout.write(s.toString()+n.EOL)}function command_issue(e,t=""){command_issueCommand(e,{},t)}const Le="::";class Command{constructor(e,t,r){if(!e){e="missing.command"}this.command=e;this.properties=t;this.message=r}toString(){let e=Le+this.command;if(this.properties&&Object.keys(this.properties).length>0){e+=" ";let t=true;for(const r in this.properties){if(this.properties.hasOwnProperty(r)){const s=this.properties[r];if(s){if(t){t=false}else{e+=","}e+=`${r}=${escapeProperty(s)}`}}}}e+=`${Le}${escapeData(this.message)}`;return e}}function escapeData(e){return utils_toCommandValue(e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function escapeProperty(e){return utils_toCommandValue(e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A").replace(/:/g,"%3A").replace(/,/g,"%2C")}const Ge=e(import.meta.url)("crypto");function file_command_issueFileCommand(e,t){const r=process.env[`GITHUB_${e}`];if(!r){throw new Error(`Unable to find environment variable for file command ${e}`)}if(!o.existsSync(r)){throw new Error(`Missing file at path: ${r}`)}o.appendFileSync(r,`${utils_toCommandValue(t)}${n.EOL}`,{encoding:"utf8"})}function file_command_prepareKeyValueMessage(e,t){const r=`ghadelimiter_${Ge.randomUUID()}`;const s=utils_toCommandValue(t);if(e.includes(r)){throw new Error(`Unexpected input: name should not contain the delimiter "${r}"`)}if(s.includes(r)){throw new Error(`Unexpected input: value should not contain the delimiter "${r}"`)}return`${e}<<${r}${n.EOL}${s}${n.EOL}${r}`}const _e=e(import.meta.url)("path");var Oe=s(8611);var He=s(5692);function proxy_getProxyUrl(e){const t=e.protocol==="https:";if(checkBypass(e)){return undefined}const r=(()=>{if(t){return process.env["https_proxy"]||process.env["HTTPS_PROXY"]}else{return process.env["http_proxy"]||process.env["HTTP_PROXY"]}})();if(r){try{return new DecodedURL(r)}catch(e){if(!r.startsWith("http://")&&!r.startsWith("https://"))return new DecodedURL(`http://${r}`)}}else{return undefined}}function checkBypass(e){if(!e.hostname){return false}const t=e.hostname;if(isLoopbackAddress(t)){return true}const r=process.env["no_proxy"]||process.env["NO_PROXY"]||"";if(!r){return false}let s;if(e.port){s=Number(e.port)}else if(e.protocol==="http:"){s=80}else if(e.protocol==="https:"){s=443}const o=[e.hostname.toUpperCase()];if(typeof s==="number"){o.push(`${o[0]}:${s}`)}for(const e of r.split(",").map(e=>e.trim().toUpperCase()).filter(e=>e)){if(e==="*"||o.some(t=>t===e||t.endsWith(`.${e}`)||e.startsWith(".")&&t.endsWith(`${e}`))){return true}}return false}function isLoopbackAddress(e){const t=e.toLowerCase();return t==="localhost"||t.startsWith("127.")||t.startsWith("[::1]")||t.startsWith("[0:0:0:0:0:0:0:1]")}class DecodedURL extends URL{constructor(e,t){super(e,t);this._decodedUsername=decodeURIComponent(super.username);this._decodedPassword=decodeURIComponent(super.password)}get username(){return this._decodedUsername}get password(){return this._decodedPassword}}var xe=s(5070);var Pe=undefined&&undefined.__awaiter||function(e,t,r,s){function adopt(e){return e instanceof r?e:new r(function(t){t(e)})}return new(r||(r=Promise))(function(r,o){function fulfilled(e){try{step(s.next(e))}catch(e){o(e)}}function rejected(e){try{step(s["throw"](e))}catch(e){o(e)}}function step(e){e.done?r(e.value):adopt(e.value).then(fulfilled,rejected)}step((s=s.apply(e,t||[])).next())})};var Ye;(function(e){e[e["OK"]=200]="OK";e[e["MultipleChoices"]=300]="MultipleChoices";e[e["MovedPermanently"]=301]="MovedPermanently";e[e["ResourceMoved"]=302]="ResourceMoved";e[e["SeeOther"]=303]="SeeOther";e[e["NotModified"]=304]="NotModified";e[e["UseProxy"]=305]="UseProxy";e[e["SwitchProxy"]=306]="SwitchProxy";e[e["TemporaryRedirect"]=307]="TemporaryRedirect";e[e["PermanentRedirect"]=308]="PermanentRedirect";e[e["BadRequest"]=400]="BadRequest";e[e["Unauthorized"]=401]="Unauthorized";e[e["PaymentRequired"]=402]="PaymentRequired";e[e["Forbidden"]=403]="Forbidden";e[e["NotFound"]=404]="NotFound";e[e["MethodNotAllowed"]=405]="MethodNotAllowed";e[e["NotAcceptable"]=406]="NotAcceptable";e[e["ProxyAuthenticationRequired"]=407]="ProxyAuthenticationRequired";e[e["RequestTimeout"]=408]="RequestTimeout";e[e["Conflict"]=409]="Conflict";e[e["Gone"]=410]="Gone";e[e["TooManyRequests"]=429]="TooManyRequests";e[e["InternalServerError"]=500]="InternalServerError";e[e["NotImplemented"]=501]="NotImplemented";e[e["BadGateway"]=502]="BadGateway";e[e["ServiceUnavailable"]=503]="ServiceUnavailable";e[e["GatewayTimeout"]=504]="GatewayTimeout"})(Ye||(Ye={}));var Je;(function(e){e["Accept"]="accept";e["ContentType"]="content-type"})(Je||(Je={}));var Ve;(function(e){e["ApplicationJson"]="application/json"})(Ve||(Ve={}));function lib_getProxyUrl(e){const t=proxy_getProxyUrl(new URL(e));return t?t.href:""}const qe=[Ye.MovedPermanently,Ye.ResourceMoved,Ye.SeeOther,Ye.TemporaryRedirect,Ye.PermanentRedirect];const We=[Ye.BadGateway,Ye.ServiceUnavailable,Ye.GatewayTimeout];const $e=null&&["OPTIONS","GET","DELETE","HEAD"];const je=10;const ze=5;class HttpClientError extends Error{constructor(e,t){super(e);this.name="HttpClientError";this.statusCode=t;Object.setPrototypeOf(this,HttpClientError.prototype)}}class HttpClientResponse{constructor(e){this.message=e}readBody(){return Pe(this,void 0,void 0,function*(){return new Promise(e=>Pe(this,void 0,void 0,function*(){let t=Buffer.alloc(0);this.message.on("data",e=>{t=Buffer.concat([t,e])});this.message.on("end",()=>{e(t.toString())})}))})}readBodyBuffer(){return Pe(this,void 0,void 0,function*(){return new Promise(e=>Pe(this,void 0,void 0,function*(){const t=[];this.message.on("data",e=>{t.push(e)});this.message.on("end",()=>{e(Buffer.concat(t))})}))})}}function isHttps(e){const t=new URL(e);return t.protocol==="https:"}class lib_HttpClient{constructor(e,t,r){this._ignoreSslError=false;this._allowRedirects=true;this._allowRedirectDowngrade=false;this._maxRedirects=50;this._allowRetries=false;this._maxRetries=1;this._keepAlive=false;this._disposed=false;this.userAgent=this._getUserAgentWithOrchestrationId(e);this.handlers=t||[];this.requestOptions=r;if(r){if(r.ignoreSslError!=null){this._ignoreSslError=r.ignoreSslError}this._socketTimeout=r.socketTimeout;if(r.allowRedirects!=null){this._allowRedirects=r.allowRedirects}if(r.allowRedirectDowngrade!=null){this._allowRedirectDowngrade=r.allowRedirectDowngrade}if(r.maxRedirects!=null){this._maxRedirects=Math.max(r.maxRedirects,0)}if(r.keepAlive!=null){this._keepAlive=r.keepAlive}if(r.allowRetries!=null){this._allowRetries=r.allowRetries}if(r.maxRetries!=null){this._maxRetries=r.maxRetries}}}options(e,t){return Pe(this,void 0,void 0,function*(){return this.request("OPTIONS",e,null,t||{})})}get(e,t){return Pe(this,void 0,void 0,function*(){return this.request("GET",e,null,t||{})})}del(e,t){return Pe(this,void 0,void 0,function*(){return this.request("DELETE",e,null,t||{})})}post(e,t,r){return Pe(this,void 0,void 0,function*(){return this.request("POST",e,t,r||{})})}patch(e,t,r){return Pe(this,void 0,void 0,function*(){return this.request("PATCH",e,t,r||{})})}put(e,t,r){return Pe(this,void 0,void 0,function*(){return this.request("PUT",e,t,r||{})})}head(e,t){return Pe(this,void 0,void 0,function*(){return this.request("HEAD",e,null,t||{})})}sendStream(e,t,r,s){return Pe(this,void 0,void 0,function*(){return this.request(e,t,r,s)})}getJson(e){return Pe(this,arguments,void 0,function*(e,t={}){t[Je.Accept]=this._getExistingOrDefaultHeader(t,Je.Accept,Ve.ApplicationJson);const r=yield this.get(e,t);return this._processResponse(r,this.requestOptions)})}postJson(e,t){return Pe(this,arguments,void 0,function*(e,t,r={}){const s=JSON.stringify(t,null,2);r[Je.Accept]=this._getExistingOrDefaultHeader(r,Je.Accept,Ve.ApplicationJson);r[Je.ContentType]=this._getExistingOrDefaultContentTypeHeader(r,Ve.ApplicationJson);const o=yield this.post(e,s,r);return this._processResponse(o,this.requestOptions)})}putJson(e,t){return Pe(this,arguments,void 0,function*(e,t,r={}){const s=JSON.stringify(t,null,2);r[Je.Accept]=this._getExistingOrDefaultHeader(r,Je.Accept,Ve.ApplicationJson);r[Je.ContentType]=this._getExistingOrDefaultContentTypeHeader(r,Ve.ApplicationJson);const o=yield this.put(e,s,r);return this._processResponse(o,this.requestOptions)})}patchJson(e,t){return Pe(this,arguments,void 0,function*(e,t,r={}){const s=JSON.stringify(t,null,2);r[Je.Accept]=this._getExistingOrDefaultHeader(r,Je.Accept,Ve.ApplicationJson);r[Je.ContentType]=this._getExistingOrDefaultContentTypeHeader(r,Ve.ApplicationJson);const o=yield this.patch(e,s,r);return this._processResponse(o,this.requestOptions)})}request(e,t,r,s){return Pe(this,void 0,void 0,function*(){if(this._disposed){throw new Error("Client has already been disposed.")}const o=new URL(t);let n=this._prepareRequest(e,o,s);const A=this._allowRetries&&$e.includes(e)?this._maxRetries+1:1;let i=0;let a;do{a=yield this.requestRaw(n,r);if(a&&a.message&&a.message.statusCode===Ye.Unauthorized){let e;for(const t of this.handlers){if(t.canHandleAuthentication(a)){e=t;break}}if(e){return e.handleAuthentication(this,n,r)}else{return a}}let t=this._maxRedirects;while(a.message.statusCode&&qe.includes(a.message.statusCode)&&this._allowRedirects&&t>0){const A=a.message.headers["location"];if(!A){break}const i=new URL(A);if(o.protocol==="https:"&&o.protocol!==i.protocol&&!this._allowRedirectDowngrade){throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.")}yield a.readBody();if(i.hostname!==o.hostname){for(const e in s){if(e.toLowerCase()==="authorization"){delete s[e]}}}n=this._prepareRequest(e,i,s);a=yield this.requestRaw(n,r);t--}if(!a.message.statusCode||!We.includes(a.message.statusCode)){return a}i+=1;if(i<A){yield a.readBody();yield this._performExponentialBackoff(i)}}while(i<A);return a})}dispose(){if(this._agent){this._agent.destroy()}this._disposed=true}requestRaw(e,t){return Pe(this,void 0,void 0,function*(){return new Promise((r,s)=>{function callbackForResult(e,t){if(e){s(e)}else if(!t){s(new Error("Unknown error"))}else{r(t)}}this.requestRawWithCallback(e,t,callbackForResult)})})}requestRawWithCallback(e,t,r){if(typeof t==="string"){if(!e.options.headers){e.options.headers={}}e.options.headers["Content-Length"]=Buffer.byteLength(t,"utf8")}let s=false;function handleResult(e,t){if(!s){s=true;r(e,t)}}const o=e.httpModule.request(e.options,e=>{const t=new HttpClientResponse(e);handleResult(undefined,t)});let n;o.on("socket",e=>{n=e});o.setTimeout(this._socketTimeout||3*6e4,()=>{if(n){n.end()}handleResult(new Error(`Request timeout: ${e.options.path}`))});o.on("error",function(e){handleResult(e)});if(t&&typeof t==="string"){o.write(t,"utf8")}if(t&&typeof t!=="string"){t.on("close",function(){o.end()});t.pipe(o)}else{o.end()}}getAgent(e){const t=new URL(e);return this._getAgent(t)}getAgentDispatcher(e){const t=new URL(e);const r=pm.getProxyUrl(t);const s=r&&r.hostname;if(!s){return}return this._getProxyAgentDispatcher(t,r)}_prepareRequest(e,t,r){const s={};s.parsedUrl=t;const o=s.parsedUrl.protocol==="https:";s.httpModule=o?https:http;const n=o?443:80;s.options={};s.options.host=s.parsedUrl.hostname;s.options.port=s.parsedUrl.port?parseInt(s.parsedUrl.port):n;s.options.path=(s.parsedUrl.pathname||"")+(s.parsedUrl.search||"");s.options.method=e;s.options.headers=this._mergeHeaders(r);if(this.userAgent!=null){s.options.headers["user-agent"]=this.userAgent}s.options.agent=this._getAgent(s.parsedUrl);if(this.handlers){for(const e of this.handlers){e.prepareRequest(s.options)}}return s}_mergeHeaders(e){if(this.requestOptions&&this.requestOptions.headers){return Object.assign({},lib_lowercaseKeys(this.requestOptions.headers),lib_lowercaseKeys(e||{}))}return lib_lowercaseKeys(e||{})}_getExistingOrDefaultHeader(e,t,r){let s;if(this.requestOptions&&this.requestOptions.headers){const e=lib_lowercaseKeys(this.requestOptions.headers)[t];if(e){s=typeof e==="number"?e.toString():e}}const o=e[t];if(o!==undefined){return typeof o==="number"?o.toString():o}if(s!==undefined){return s}return r}_getExistingOrDefaultContentTypeHeader(e,t){let r;if(this.requestOptions&&this.requestOptions.headers){const e=lib_lowercaseKeys(this.requestOptions.headers)[Je.ContentType];if(e){if(typeof e==="number"){r=String(e)}else if(Array.isArray(e)){r=e.join(", ")}else{r=e}}}const s=e[Je.ContentType];if(s!==undefined){if(typeof s==="number"){return String(s)}else if(Array.isArray(s)){return s.join(", ")}else{return s}}if(r!==undefined){return r}return t}_getAgent(e){let t;const r=pm.getProxyUrl(e);const s=r&&r.hostname;if(this._keepAlive&&s){t=this._proxyAgent}if(!s){t=this._agent}if(t){return t}const o=e.protocol==="https:";let n=100;if(this.requestOptions){n=this.requestOptions.maxSockets||http.globalAgent.maxSockets}if(r&&r.hostname){const e={maxSockets:n,keepAlive:this._keepAlive,proxy:Object.assign(Object.assign({},(r.username||r.password)&&{proxyAuth:`${r.username}:${r.password}`}),{host:r.hostname,port:r.port})};let s;const A=r.protocol==="https:";if(o){s=A?tunnel.httpsOverHttps:tunnel.httpsOverHttp}else{s=A?tunnel.httpOverHttps:tunnel.httpOverHttp}t=s(e);this._proxyAgent=t}if(!t){const e={keepAlive:this._keepAlive,maxSockets:n};t=o?new https.Agent(e):new http.Agent(e);this._agent=t}if(o&&this._ignoreSslError){t.options=Object.assign(t.options||{},{rejectUnauthorized:false})}return t}_getProxyAgentDispatcher(e,t){let r;if(this._keepAlive){r=this._proxyAgentDispatcher}if(r){return r}const s=e.protocol==="https:";r=new ProxyAgent(Object.assign({uri:t.href,pipelining:!this._keepAlive?0:1},(t.username||t.password)&&{token:`Basic ${Buffer.from(`${t.username}:${t.password}`).toString("base64")}`}));this._proxyAgentDispatcher=r;if(s&&this._ignoreSslError){r.options=Object.assign(r.options.requestTls||{},{rejectUnauthorized:false})}return r}_getUserAgentWithOrchestrationId(e){const t=e||"actions/http-client";const r=process.env["ACTIONS_ORCHESTRATION_ID"];if(r){const e=r.replace(/[^a-z0-9_.-]/gi,"_");return`${t} actions_orchestration_id/${e}`}return t}_performExponentialBackoff(e){return Pe(this,void 0,void 0,function*(){e=Math.min(je,e);const t=ze*Math.pow(2,e);return new Promise(e=>setTimeout(()=>e(),t))})}_processResponse(e,t){return Pe(this,void 0,void 0,function*(){return new Promise((r,s)=>Pe(this,void 0,void 0,function*(){const o=e.message.statusCode||0;const n={statusCode:o,result:null,headers:{}};if(o===Ye.NotFound){r(n)}function dateTimeDeserializer(e,t){if(typeof t==="string"){const e=new Date(t);if(!isNaN(e.valueOf())){return e}}return t}let A;let i;try{i=yield e.readBody();if(i&&i.length>0){if(t&&t.deserializeDates){A=JSON.parse(i,dateTimeDeserializer)}else{A=JSON.parse(i)}n.result=A}n.headers=e.message.headers}catch(e){}if(o>299){let e;if(A&&A.message){e=A.message}else if(i&&i.length>0){e=i}else{e=`Failed request: (${o})`}const t=new HttpClientError(e,o);t.result=n.result;s(t)}else{r(n)}}))})}}const lib_lowercaseKeys=e=>Object.keys(e).reduce((t,r)=>(t[r.toLowerCase()]=e[r],t),{});var Ze=undefined&&undefined.__awaiter||function(e,t,r,s){function adopt(e){return e instanceof r?e:new r(function(t){t(e)})}return new(r||(r=Promise))(function(r,o){function fulfilled(e){try{step(s.next(e))}catch(e){o(e)}}function rejected(e){try{step(s["throw"](e))}catch(e){o(e)}}function step(e){e.done?r(e.value):adopt(e.value).then(fulfilled,rejected)}step((s=s.apply(e,t||[])).next())})};class BasicCredentialHandler{constructor(e,t){this.username=e;this.password=t}prepareRequest(e){if(!e.headers){throw Error("The request has no headers")}e.headers["Authorization"]=`Basic ${Buffer.from(`${this.username}:${this.password}`).toString("base64")}`}canHandleAuthentication(){return false}handleAuthentication(){return Ze(this,void 0,void 0,function*(){throw new Error("not implemented")})}}class auth_BearerCredentialHandler{constructor(e){this.token=e}prepareRequest(e){if(!e.headers){throw Error("The request has no headers")}e.headers["Authorization"]=`Bearer ${this.token}`}canHandleAuthentication(){return false}handleAuthentication(){return Ze(this,void 0,void 0,function*(){throw new Error("not implemented")})}}class PersonalAccessTokenCredentialHandler{constructor(e){this.token=e}prepareRequest(e){if(!e.headers){throw Error("The request has no headers")}e.headers["Authorization"]=`Basic ${Buffer.from(`PAT:${this.token}`).toString("base64")}`}canHandleAuthentication(){return false}handleAuthentication(){return Ze(this,void 0,void 0,function*(){throw new Error("not implemented")})}}var Ke=undefined&&undefined.__awaiter||function(e,t,r,s){function adopt(e){return e instanceof r?e:new r(function(t){t(e)})}return new(r||(r=Promise))(function(r,o){function fulfilled(e){try{step(s.next(e))}catch(e){o(e)}}function rejected(e){try{step(s["throw"](e))}catch(e){o(e)}}function step(e){e.done?r(e.value):adopt(e.value).then(fulfilled,rejected)}step((s=s.apply(e,t||[])).next())})};class oidc_utils_OidcClient{static createHttpClient(e=true,t=10){const r={allowRetries:e,maxRetries:t};return new HttpClient("actions/oidc-client",[new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())],r)}static getRequestToken(){const e=process.env["ACTIONS_ID_TOKEN_REQUEST_TOKEN"];if(!e){throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable")}return e}static getIDTokenUrl(){const e=process.env["ACTIONS_ID_TOKEN_REQUEST_URL"];if(!e){throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable")}return e}static getCall(e){return Ke(this,void 0,void 0,function*(){var t;const r=oidc_utils_OidcClient.createHttpClient();const s=yield r.getJson(e).catch(e=>{throw new Error(`Failed to get ID Token. \n \n        Error Code : ${e.statusCode}\n \n        Error Message: ${e.message}`)});const o=(t=s.result)===null||t===void 0?void 0:t.value;if(!o){throw new Error("Response json body do not have ID Token field")}return o})}static getIDToken(e){return Ke(this,void 0,void 0,function*(){try{let t=oidc_utils_OidcClient.getIDTokenUrl();if(e){const r=encodeURIComponent(e);t=`${t}&audience=${r}`}debug(`ID token url is ${t}`);const r=yield oidc_utils_OidcClient.getCall(t);setSecret(r);return r}catch(e){throw new Error(`Error message: ${e.message}`)}})}}var Xe=undefined&&undefined.__awaiter||function(e,t,r,s){function adopt(e){return e instanceof r?e:new r(function(t){t(e)})}return new(r||(r=Promise))(function(r,o){function fulfilled(e){try{step(s.next(e))}catch(e){o(e)}}function rejected(e){try{step(s["throw"](e))}catch(e){o(e)}}function step(e){e.done?r(e.value):adopt(e.value).then(fulfilled,rejected)}step((s=s.apply(e,t||[])).next())})};const{access:et,appendFile:tt,writeFile:rt}=o.promises;const st="GITHUB_STEP_SUMMARY";const ot="https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary";class Summary{constructor(){this._buffer=""}filePath(){return Xe(this,void 0,void 0,function*(){if(this._filePath){return this._filePath}const e=process.env[st];if(!e){throw new Error(`Unable to find environment variable for $${st}. Check if your runtime environment supports job summaries.`)}try{yield et(e,o.constants.R_OK|o.constants.W_OK)}catch(t){throw new Error(`Unable to access summary file: '${e}'. Check if the file has correct read/write permissions.`)}this._filePath=e;return this._filePath})}wrap(e,t,r={}){const s=Object.entries(r).map(([e,t])=>` ${e}="${t}"`).join("");if(!t){return`<${e}${s}>`}return`<${e}${s}>${t}</${e}>`}write(e){return Xe(this,void 0,void 0,function*(){const t=!!(e===null||e===void 0?void 0:e.overwrite);const r=yield this.filePath();const s=t?rt:tt;yield s(r,this._buffer,{encoding:"utf8"});return this.emptyBuffer()})}clear(){return Xe(this,void 0,void 0,function*(){return this.emptyBuffer().write({overwrite:true})})}stringify(){return this._buffer}isEmptyBuffer(){return this._buffer.length===0}emptyBuffer(){this._buffer="";return this}addRaw(e,t=false){this._buffer+=e;return t?this.addEOL():this}addEOL(){return this.addRaw(n.EOL)}addCodeBlock(e,t){const r=Object.assign({},t&&{lang:t});const s=this.wrap("pre",this.wrap("code",e),r);return this.addRaw(s).addEOL()}addList(e,t=false){const r=t?"ol":"ul";const s=e.map(e=>this.wrap("li",e)).join("");const o=this.wrap(r,s);return this.addRaw(o).addEOL()}addTable(e){const t=e.map(e=>{const t=e.map(e=>{if(typeof e==="string"){return this.wrap("td",e)}const{header:t,data:r,colspan:s,rowspan:o}=e;const n=t?"th":"td";const A=Object.assign(Object.assign({},s&&{colspan:s}),o&&{rowspan:o});return this.wrap(n,r,A)}).join("");return this.wrap("tr",t)}).join("");const r=this.wrap("table",t);return this.addRaw(r).addEOL()}addDetails(e,t){const r=this.wrap("details",this.wrap("summary",e)+t);return this.addRaw(r).addEOL()}addImage(e,t,r){const{width:s,height:o}=r||{};const n=Object.assign(Object.assign({},s&&{width:s}),o&&{height:o});const A=this.wrap("img",null,Object.assign({src:e,alt:t},n));return this.addRaw(A).addEOL()}addHeading(e,t){const r=`h${t}`;const s=["h1","h2","h3","h4","h5","h6"].includes(r)?r:"h1";const o=this.wrap(s,e);return this.addRaw(o).addEOL()}addSeparator(){const e=this.wrap("hr",null);return this.addRaw(e).addEOL()}addBreak(){const e=this.wrap("br",null);return this.addRaw(e).addEOL()}addQuote(e,t){const r=Object.assign({},t&&{cite:t});const s=this.wrap("blockquote",e,r);return this.addRaw(s).addEOL()}addLink(e,t){const r=this.wrap("a",e,{href:t});return this.addRaw(r).addEOL()}}const nt=new Summary;const At=null&&nt;const it=nt;function toPosixPath(e){return e.replace(/[\\]/g,"/")}function toWin32Path(e){return e.replace(/[/]/g,"\\")}function toPlatformPath(e){return e.replace(/[/\\]/g,path.sep)}var at=s(5574);var ct=s(4434);const lt=e(import.meta.url)("child_process");var ut=s(2613);var gt=undefined&&undefined.__awaiter||function(e,t,r,s){function adopt(e){return e instanceof r?e:new r(function(t){t(e)})}return new(r||(r=Promise))(function(r,o){function fulfilled(e){try{step(s.next(e))}catch(e){o(e)}}function rejected(e){try{step(s["throw"](e))}catch(e){o(e)}}function step(e){e.done?r(e.value):adopt(e.value).then(fulfilled,rejected)}step((s=s.apply(e,t||[])).next())})};const{chmod:ht,copyFile:Et,lstat:dt,mkdir:pt,open:Ct,readdir:Qt,rename:ft,rm:Bt,rmdir:It,stat:mt,symlink:wt,unlink:yt}=o.promises;const bt=process.platform==="win32";function readlink(e){return gt(this,void 0,void 0,function*(){const t=yield fs.promises.readlink(e);if(bt&&!t.endsWith("\\")){return`${t}\\`}return t})}const kt=268435456;const Rt=o.constants.O_RDONLY;function exists(e){return gt(this,void 0,void 0,function*(){try{yield mt(e)}catch(e){if(e.code==="ENOENT"){return false}throw e}return true})}function isDirectory(e){return gt(this,arguments,void 0,function*(e,t=false){const r=t?yield mt(e):yield dt(e);return r.isDirectory()})}function isRooted(e){e=normalizeSeparators(e);if(!e){throw new Error('isRooted() parameter "p" cannot be empty')}if(bt){return e.startsWith("\\")||/^[A-Z]:/i.test(e)}return e.startsWith("/")}function tryGetExecutablePath(e,t){return gt(this,void 0,void 0,function*(){let r=undefined;try{r=yield mt(e)}catch(t){if(t.code!=="ENOENT"){console.log(`Unexpected error attempting to determine if executable file exists '${e}': ${t}`)}}if(r&&r.isFile()){if(bt){const r=_e.extname(e).toUpperCase();if(t.some(e=>e.toUpperCase()===r)){return e}}else{if(isUnixExecutable(r)){return e}}}const s=e;for(const o of t){e=s+o;r=undefined;try{r=yield mt(e)}catch(t){if(t.code!=="ENOENT"){console.log(`Unexpected error attempting to determine if executable file exists '${e}': ${t}`)}}if(r&&r.isFile()){if(bt){try{const t=_e.dirname(e);const r=_e.basename(e).toUpperCase();for(const s of yield Qt(t)){if(r===s.toUpperCase()){e=_e.join(t,s);break}}}catch(t){console.log(`Unexpected error attempting to determine the actual case of the file '${e}': ${t}`)}return e}else{if(isUnixExecutable(r)){return e}}}}return""})}function normalizeSeparators(e){e=e||"";if(bt){e=e.replace(/\//g,"\\");return e.replace(/\\\\+/g,"\\")}return e.replace(/\/\/+/g,"/")}function isUnixExecutable(e){return(e.mode&1)>0||(e.mode&8)>0&&process.getgid!==undefined&&e.gid===process.getgid()||(e.mode&64)>0&&process.getuid!==undefined&&e.uid===process.getuid()}function getCmdPath(){var e;return(e=process.env["COMSPEC"])!==null&&e!==void 0?e:`cmd.exe`}var Dt=undefined&&undefined.__awaiter||function(e,t,r,s){function adopt(e){return e instanceof r?e:new r(function(t){t(e)})}return new(r||(r=Promise))(function(r,o){function fulfilled(e){try{step(s.next(e))}catch(e){o(e)}}function rejected(e){try{step(s["throw"](e))}catch(e){o(e)}}function step(e){e.done?r(e.value):adopt(e.value).then(fulfilled,rejected)}step((s=s.apply(e,t||[])).next())})};function cp(e,t){return Dt(this,arguments,void 0,function*(e,t,r={}){const{force:s,recursive:o,copySourceDirectory:n}=readCopyOptions(r);const A=(yield ioUtil.exists(t))?yield ioUtil.stat(t):null;if(A&&A.isFile()&&!s){return}const i=A&&A.isDirectory()&&n?path.join(t,path.basename(e)):t;if(!(yield ioUtil.exists(e))){throw new Error(`no such file or directory: ${e}`)}const a=yield ioUtil.stat(e);if(a.isDirectory()){if(!o){throw new Error(`Failed to copy. ${e} is a directory, but tried to copy without recursive flag.`)}else{yield cpDirRecursive(e,i,0,s)}}else{if(path.relative(e,i)===""){throw new Error(`'${i}' and '${e}' are the same file`)}yield io_copyFile(e,i,s)}})}function mv(e,t){return Dt(this,arguments,void 0,function*(e,t,r={}){if(yield ioUtil.exists(t)){let s=true;if(yield ioUtil.isDirectory(t)){t=path.join(t,path.basename(e));s=yield ioUtil.exists(t)}if(s){if(r.force==null||r.force){yield rmRF(t)}else{throw new Error("Destination already exists")}}}yield mkdirP(path.dirname(t));yield ioUtil.rename(e,t)})}function rmRF(e){return Dt(this,void 0,void 0,function*(){if(ioUtil.IS_WINDOWS){if(/[*"<>|]/.test(e)){throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows')}}try{yield ioUtil.rm(e,{force:true,maxRetries:3,recursive:true,retryDelay:300})}catch(e){throw new Error(`File was unable to be removed ${e}`)}})}function mkdirP(e){return Dt(this,void 0,void 0,function*(){ok(e,"a path argument must be provided");yield ioUtil.mkdir(e,{recursive:true})})}function which(e,t){return Dt(this,void 0,void 0,function*(){if(!e){throw new Error("parameter 'tool' is required")}if(t){const t=yield which(e,false);if(!t){if(bt){throw new Error(`Unable to locate executable file: ${e}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`)}else{throw new Error(`Unable to locate executable file: ${e}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`)}}return t}const r=yield findInPath(e);if(r&&r.length>0){return r[0]}return""})}function findInPath(e){return Dt(this,void 0,void 0,function*(){if(!e){throw new Error("parameter 'tool' is required")}const t=[];if(bt&&process.env["PATHEXT"]){for(const e of process.env["PATHEXT"].split(_e.delimiter)){if(e){t.push(e)}}}if(isRooted(e)){const r=yield tryGetExecutablePath(e,t);if(r){return[r]}return[]}if(e.includes(_e.sep)){return[]}const r=[];if(process.env.PATH){for(const e of process.env.PATH.split(_e.delimiter)){if(e){r.push(e)}}}const s=[];for(const o of r){const r=yield tryGetExecutablePath(_e.join(o,e),t);if(r){s.push(r)}}return s})}function readCopyOptions(e){const t=e.force==null?true:e.force;const r=Boolean(e.recursive);const s=e.copySourceDirectory==null?true:Boolean(e.copySourceDirectory);return{force:t,recursive:r,copySourceDirectory:s}}function cpDirRecursive(e,t,r,s){return Dt(this,void 0,void 0,function*(){if(r>=255)return;r++;yield mkdirP(t);const o=yield ioUtil.readdir(e);for(const n of o){const o=`${e}/${n}`;const A=`${t}/${n}`;const i=yield ioUtil.lstat(o);if(i.isDirectory()){yield cpDirRecursive(o,A,r,s)}else{yield io_copyFile(o,A,s)}}yield ioUtil.chmod(t,(yield ioUtil.stat(e)).mode)})}function io_copyFile(e,t,r){return Dt(this,void 0,void 0,function*(){if((yield ioUtil.lstat(e)).isSymbolicLink()){try{yield ioUtil.lstat(t);yield ioUtil.unlink(t)}catch(e){if(e.code==="EPERM"){yield ioUtil.chmod(t,"0666");yield ioUtil.unlink(t)}}const r=yield ioUtil.readlink(e);yield ioUtil.symlink(r,t,ioUtil.IS_WINDOWS?"junction":null)}else if(!(yield ioUtil.exists(t))||r){yield ioUtil.copyFile(e,t)}})}const Tt=e(import.meta.url)("timers");var St=undefined&&undefined.__awaiter||function(e,t,r,s){function adopt(e){return e instanceof r?e:new r(function(t){t(e)})}return new(r||(r=Promise))(function(r,o){function fulfilled(e){try{step(s.next(e))}catch(e){o(e)}}function rejected(e){try{step(s["throw"](e))}catch(e){o(e)}}function step(e){e.done?r(e.value):adopt(e.value).then(fulfilled,rejected)}step((s=s.apply(e,t||[])).next())})};const Ft=process.platform==="win32";class ToolRunner extends ct.EventEmitter{constructor(e,t,r){super();if(!e){throw new Error("Parameter 'toolPath' cannot be null or empty.")}this.toolPath=e;this.args=t||[];this.options=r||{}}_debug(e){if(this.options.listeners&&this.options.listeners.debug){this.options.listeners.debug(e)}}_getCommandString(e,t){const r=this._getSpawnFileName();const s=this._getSpawnArgs(e);let o=t?"":"[command]";if(Ft){if(this._isCmdFile()){o+=r;for(const e of s){o+=` ${e}`}}else if(e.windowsVerbatimArguments){o+=`"${r}"`;for(const e of s){o+=` ${e}`}}else{o+=this._windowsQuoteCmdArg(r);for(const e of s){o+=` ${this._windowsQuoteCmdArg(e)}`}}}else{o+=r;for(const e of s){o+=` ${e}`}}return o}_processLineBuffer(e,t,r){try{let s=t+e.toString();let o=s.indexOf(n.EOL);while(o>-1){const e=s.substring(0,o);r(e);s=s.substring(o+n.EOL.length);o=s.indexOf(n.EOL)}return s}catch(e){this._debug(`error processing line. Failed with error ${e}`);return""}}_getSpawnFileName(){if(Ft){if(this._isCmdFile()){return process.env["COMSPEC"]||"cmd.exe"}}return this.toolPath}_getSpawnArgs(e){if(Ft){if(this._isCmdFile()){let t=`/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;for(const r of this.args){t+=" ";t+=e.windowsVerbatimArguments?r:this._windowsQuoteCmdArg(r)}t+='"';return[t]}}return this.args}_endsWith(e,t){return e.endsWith(t)}_isCmdFile(){const e=this.toolPath.toUpperCase();return this._endsWith(e,".CMD")||this._endsWith(e,".BAT")}_windowsQuoteCmdArg(e){if(!this._isCmdFile()){return this._uvQuoteCmdArg(e)}if(!e){return'""'}const t=[" ","\t","&","(",")","[","]","{","}","^","=",";","!","'","+",",","`","~","|","<",">",'"'];let r=false;for(const s of e){if(t.some(e=>e===s)){r=true;break}}if(!r){return e}let s='"';let o=true;for(let t=e.length;t>0;t--){s+=e[t-1];if(o&&e[t-1]==="\\"){s+="\\"}else if(e[t-1]==='"'){o=true;s+='"'}else{o=false}}s+='"';return s.split("").reverse().join("")}_uvQuoteCmdArg(e){if(!e){return'""'}if(!e.includes(" ")&&!e.includes("\t")&&!e.includes('"')){return e}if(!e.includes('"')&&!e.includes("\\")){return`"${e}"`}let t='"';let r=true;for(let s=e.length;s>0;s--){t+=e[s-1];if(r&&e[s-1]==="\\"){t+="\\"}else if(e[s-1]==='"'){r=true;t+="\\"}else{r=false}}t+='"';return t.split("").reverse().join("")}_cloneExecOptions(e){e=e||{};const t={cwd:e.cwd||process.cwd(),env:e.env||process.env,silent:e.silent||false,windowsVerbatimArguments:e.windowsVerbatimArguments||false,failOnStdErr:e.failOnStdErr||false,ignoreReturnCode:e.ignoreReturnCode||false,delay:e.delay||1e4};t.outStream=e.outStream||process.stdout;t.errStream=e.errStream||process.stderr;return t}_getSpawnOptions(e,t){e=e||{};const r={};r.cwd=e.cwd;r.env=e.env;r["windowsVerbatimArguments"]=e.windowsVerbatimArguments||this._isCmdFile();if(e.windowsVerbatimArguments){r.argv0=`"${t}"`}return r}exec(){return St(this,void 0,void 0,function*(){if(!isRooted(this.toolPath)&&(this.toolPath.includes("/")||Ft&&this.toolPath.includes("\\"))){this.toolPath=_e.resolve(process.cwd(),this.options.cwd||process.cwd(),this.toolPath)}this.toolPath=yield which(this.toolPath,true);return new Promise((e,t)=>St(this,void 0,void 0,function*(){this._debug(`exec tool: ${this.toolPath}`);this._debug("arguments:");for(const e of this.args){this._debug(`   ${e}`)}const r=this._cloneExecOptions(this.options);if(!r.silent&&r.outStream){r.outStream.write(this._getCommandString(r)+n.EOL)}const s=new ExecState(r,this.toolPath);s.on("debug",e=>{this._debug(e)});if(this.options.cwd&&!(yield exists(this.options.cwd))){return t(new Error(`The cwd: ${this.options.cwd} does not exist!`))}const o=this._getSpawnFileName();const A=lt.spawn(o,this._getSpawnArgs(r),this._getSpawnOptions(this.options,o));let i="";if(A.stdout){A.stdout.on("data",e=>{if(this.options.listeners&&this.options.listeners.stdout){this.options.listeners.stdout(e)}if(!r.silent&&r.outStream){r.outStream.write(e)}i=this._processLineBuffer(e,i,e=>{if(this.options.listeners&&this.options.listeners.stdline){this.options.listeners.stdline(e)}})})}let a="";if(A.stderr){A.stderr.on("data",e=>{s.processStderr=true;if(this.options.listeners&&this.options.listeners.stderr){this.options.listeners.stderr(e)}if(!r.silent&&r.errStream&&r.outStream){const t=r.failOnStdErr?r.errStream:r.outStream;t.write(e)}a=this._processLineBuffer(e,a,e=>{if(this.options.listeners&&this.options.listeners.errline){this.options.listeners.errline(e)}})})}A.on("error",e=>{s.processError=e.message;s.processExited=true;s.processClosed=true;s.CheckComplete()});A.on("exit",e=>{s.processExitCode=e;s.processExited=true;this._debug(`Exit code ${e} received from tool '${this.toolPath}'`);s.CheckComplete()});A.on("close",e=>{s.processExitCode=e;s.processExited=true;s.processClosed=true;this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);s.CheckComplete()});s.on("done",(r,s)=>{if(i.length>0){this.emit("stdline",i)}if(a.length>0){this.emit("errline",a)}A.removeAllListeners();if(r){t(r)}else{e(s)}});if(this.options.input){if(!A.stdin){throw new Error("child process missing stdin")}A.stdin.end(this.options.input)}}))})}}function argStringToArray(e){const t=[];let r=false;let s=false;let o="";function append(e){if(s&&e!=='"'){o+="\\"}o+=e;s=false}for(let n=0;n<e.length;n++){const A=e.charAt(n);if(A==='"'){if(!s){r=!r}else{append(A)}continue}if(A==="\\"&&s){append(A);continue}if(A==="\\"&&r){s=true;continue}if(A===" "&&!r){if(o.length>0){t.push(o);o=""}continue}append(A)}if(o.length>0){t.push(o.trim())}return t}class ExecState extends ct.EventEmitter{constructor(e,t){super();this.processClosed=false;this.processError="";this.processExitCode=0;this.processExited=false;this.processStderr=false;this.delay=1e4;this.done=false;this.timeout=null;if(!t){throw new Error("toolPath must not be empty")}this.options=e;this.toolPath=t;if(e.delay){this.delay=e.delay}}CheckComplete(){if(this.done){return}if(this.processClosed){this._setResult()}else if(this.processExited){this.timeout=(0,Tt.setTimeout)(ExecState.HandleTimeout,this.delay,this)}}_debug(e){this.emit("debug",e)}_setResult(){let e;if(this.processExited){if(this.processError){e=new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`)}else if(this.processExitCode!==0&&!this.options.ignoreReturnCode){e=new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`)}else if(this.processStderr&&this.options.failOnStdErr){e=new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`)}}if(this.timeout){clearTimeout(this.timeout);this.timeout=null}this.done=true;this.emit("done",e,this.processExitCode)}static HandleTimeout(e){if(e.done){return}if(!e.processClosed&&e.processExited){const t=`The STDIO streams did not close within ${e.delay/1e3} seconds of the exit event from process '${e.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;e._debug(t)}e._setResult()}}var vt=undefined&&undefined.__awaiter||function(e,t,r,s){function adopt(e){return e instanceof r?e:new r(function(t){t(e)})}return new(r||(r=Promise))(function(r,o){function fulfilled(e){try{step(s.next(e))}catch(e){o(e)}}function rejected(e){try{step(s["throw"](e))}catch(e){o(e)}}function step(e){e.done?r(e.value):adopt(e.value).then(fulfilled,rejected)}step((s=s.apply(e,t||[])).next())})};function exec_exec(e,t,r){return vt(this,void 0,void 0,function*(){const s=tr.argStringToArray(e);if(s.length===0){throw new Error(`Parameter 'commandLine' cannot be null or empty.`)}const o=s[0];t=s.slice(1).concat(t||[]);const n=new tr.ToolRunner(o,t,r);return n.exec()})}function getExecOutput(e,t,r){return vt(this,void 0,void 0,function*(){var s,o;let n="";let A="";const i=new StringDecoder("utf8");const a=new StringDecoder("utf8");const c=(s=r===null||r===void 0?void 0:r.listeners)===null||s===void 0?void 0:s.stdout;const l=(o=r===null||r===void 0?void 0:r.listeners)===null||o===void 0?void 0:o.stderr;const stdErrListener=e=>{A+=a.write(e);if(l){l(e)}};const stdOutListener=e=>{n+=i.write(e);if(c){c(e)}};const u=Object.assign(Object.assign({},r===null||r===void 0?void 0:r.listeners),{stdout:stdOutListener,stderr:stdErrListener});const g=yield exec_exec(e,t,Object.assign(Object.assign({},r),{listeners:u}));n+=i.end();A+=a.end();return{exitCode:g,stdout:n,stderr:A}})}var Ut=undefined&&undefined.__awaiter||function(e,t,r,s){function adopt(e){return e instanceof r?e:new r(function(t){t(e)})}return new(r||(r=Promise))(function(r,o){function fulfilled(e){try{step(s.next(e))}catch(e){o(e)}}function rejected(e){try{step(s["throw"](e))}catch(e){o(e)}}function step(e){e.done?r(e.value):adopt(e.value).then(fulfilled,rejected)}step((s=s.apply(e,t||[])).next())})};const getWindowsInfo=()=>Ut(void 0,void 0,void 0,function*(){const{stdout:e}=yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"',undefined,{silent:true});const{stdout:t}=yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"',undefined,{silent:true});return{name:t.trim(),version:e.trim()}});const getMacOsInfo=()=>Ut(void 0,void 0,void 0,function*(){var e,t,r,s;const{stdout:o}=yield exec.getExecOutput("sw_vers",undefined,{silent:true});const n=(t=(e=o.match(/ProductVersion:\s*(.+)/))===null||e===void 0?void 0:e[1])!==null&&t!==void 0?t:"";const A=(s=(r=o.match(/ProductName:\s*(.+)/))===null||r===void 0?void 0:r[1])!==null&&s!==void 0?s:"";return{name:A,version:n}});const getLinuxInfo=()=>Ut(void 0,void 0,void 0,function*(){const{stdout:e}=yield exec.getExecOutput("lsb_release",["-i","-r","-s"],{silent:true});const[t,r]=e.trim().split("\n");return{name:t,version:r}});const Nt=n.platform();const Mt=n.arch();const Lt=Nt==="win32";const Gt=Nt==="darwin";const _t=Nt==="linux";function getDetails(){return Ut(this,void 0,void 0,function*(){return Object.assign(Object.assign({},yield Lt?getWindowsInfo():Gt?getMacOsInfo():getLinuxInfo()),{platform:Nt,arch:Mt,isWindows:Lt,isMacOS:Gt,isLinux:_t})})}var Ot=undefined&&undefined.__awaiter||function(e,t,r,s){function adopt(e){return e instanceof r?e:new r(function(t){t(e)})}return new(r||(r=Promise))(function(r,o){function fulfilled(e){try{step(s.next(e))}catch(e){o(e)}}function rejected(e){try{step(s["throw"](e))}catch(e){o(e)}}function step(e){e.done?r(e.value):adopt(e.value).then(fulfilled,rejected)}step((s=s.apply(e,t||[])).next())})};var Ht;(function(e){e[e["Success"]=0]="Success";e[e["Failure"]=1]="Failure"})(Ht||(Ht={}));function exportVariable(e,t){const r=toCommandValue(t);process.env[e]=r;const s=process.env["GITHUB_ENV"]||"";if(s){return issueFileCommand("ENV",prepareKeyValueMessage(e,t))}issueCommand("set-env",{name:e},r)}function core_setSecret(e){command_issueCommand("add-mask",{},e)}function addPath(e){const t=process.env["GITHUB_PATH"]||"";if(t){issueFileCommand("PATH",e)}else{issueCommand("add-path",{},e)}process.env["PATH"]=`${e}${path.delimiter}${process.env["PATH"]}`}function getInput(e,t){const r=process.env[`INPUT_${e.replace(/ /g,"_").toUpperCase()}`]||"";if(t&&t.required&&!r){throw new Error(`Input required and not supplied: ${e}`)}if(t&&t.trimWhitespace===false){return r}return r.trim()}function getMultilineInput(e,t){const r=getInput(e,t).split("\n").filter(e=>e!=="");if(t&&t.trimWhitespace===false){return r}return r.map(e=>e.trim())}function getBooleanInput(e,t){const r=["true","True","TRUE"];const s=["false","False","FALSE"];const o=getInput(e,t);if(r.includes(o))return true;if(s.includes(o))return false;throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${e}\n`+`Support boolean input list: \`true | True | TRUE | false | False | FALSE\``)}function setOutput(e,t){const r=process.env["GITHUB_OUTPUT"]||"";if(r){return file_command_issueFileCommand("OUTPUT",file_command_prepareKeyValueMessage(e,t))}process.stdout.write(n.EOL);command_issueCommand("set-output",{name:e},utils_toCommandValue(t))}function setCommandEcho(e){issue("echo",e?"on":"off")}function setFailed(e){process.exitCode=Ht.Failure;error(e)}function isDebug(){return process.env["RUNNER_DEBUG"]==="1"}function core_debug(e){command_issueCommand("debug",{},e)}function error(e,t={}){command_issueCommand("error",toCommandProperties(t),e instanceof Error?e.toString():e)}function warning(e,t={}){command_issueCommand("warning",toCommandProperties(t),e instanceof Error?e.toString():e)}function notice(e,t={}){command_issueCommand("notice",toCommandProperties(t),e instanceof Error?e.toString():e)}function info(e){process.stdout.write(e+os.EOL)}function startGroup(e){command_issue("group",e)}function endGroup(){command_issue("endgroup")}function group(e,t){return Ot(this,void 0,void 0,function*(){startGroup(e);let r;try{r=yield t()}finally{endGroup()}return r})}function saveState(e,t){const r=process.env["GITHUB_STATE"]||"";if(r){return issueFileCommand("STATE",prepareKeyValueMessage(e,t))}issueCommand("save-state",{name:e},toCommandValue(t))}function getState(e){return process.env[`STATE_${e}`]||""}function getIDToken(e){return Ot(this,void 0,void 0,function*(){return yield OidcClient.getIDToken(e)})}const xt=new Set;function maskSecret(e){if(e.trim()==="")return;xt.add(e);for(const t of e.split(/\r?\n/))if(t.trim()!=="")xt.add(t);core_setSecret(e)}function redact(e){let t=e;for(const e of[...xt].sort((e,t)=>t.length-e.length))t=t.split(e).join("***");return t}const Pt=["true","True","TRUE"];const Yt=["false","False","FALSE"];class ActionInputs{env;constructor(e=process.env){this.env=e}string(e){if(this.env===process.env)return getInput(e);return(this.env[`INPUT_${e.replace(/ /g,"_").toUpperCase()}`]??"").trim()}required(e,t){const r=this.string(e);if(r==="")throw new ConfigurationError(`Input "${e}" is required: ${t}.`);return r}secret(e){const t=this.string(e);maskSecret(t);return t}boolean(e,t=false){const r=this.string(e);if(r==="")return t;if(Pt.includes(r))return true;if(Yt.includes(r))return false;throw new ConfigurationError(`Input "${e}" must be true or false, got ${quote(r)}.`)}integer(e,t,r){const s=this.string(e);if(s==="")return undefined;const o=Number(s);if(!Number.isInteger(o)||o<t||o>r){throw new ConfigurationError(`Input "${e}" must be an integer from ${t} to ${r}, got ${quote(s)}.`)}return o}choice(e,t,r){const s=this.string(e);if(s==="")return r;if(!t.includes(s)){throw new ConfigurationError(`Input "${e}" must be one of ${t.join(", ")}, got ${quote(s)}.`)}return s}list(e){return this.string(e).split(/[\n,]/).map(e=>e.trim()).filter(e=>e!=="")}}const Jt=/(^|[\r\n])[^\S\r\n]*::|##\[/;function looksLikeCommand(e){return Jt.test(e)}function writeUntrusted(e,t=e=>process.stdout.write(e)){if(!looksLikeCommand(e)){t(`${e}\n`);return}const r=`release-actions-${globalThis.crypto.randomUUID()}`;t(`::stop-commands::${r}\n${e}\n::${r}::\n`)}function createRunnerLog(){return{info:e=>writeUntrusted(e),debug:e=>core_debug(e),warning:e=>warning(e),notice:e=>notice(e),group:(e,t)=>group(e,t)}}function cell(e){return e.replace(/\|/g,"\\|").replace(/\r?\n/g,"<br>")}function code(e){const t=e.includes("`")?"``":"`";return`${t}${e}${t}`}function job_summary_link(e,t){return t?`[${e.replace(/[[\]]/g,"\\$&")}](${t})`:e}class Markdown{#Ce=[];heading(e,t=2){this.#Ce.push(`${"#".repeat(t)} ${e}`);return this}paragraph(e){this.#Ce.push(e);return this}table(e,t){const line=e=>`| ${e.map(cell).join(" | ")} |`;this.#Ce.push([line(e),`| ${e.map(()=>"---").join(" | ")} |`,...t.map(line)].join("\n"));return this}list(e){if(e.length>0)this.#Ce.push(e.map(e=>`- ${e}`).join("\n"));return this}details(e,t){this.#Ce.push(`<details><summary>${e}</summary>\n\n${t}\n\n</details>`);return this}codeBlock(e,t=""){const r=e.includes("```")?"````":"```";this.#Ce.push(`${r}${t}\n${e}\n${r}`);return this}toString(){return`${this.#Ce.join("\n\n")}\n`}}function urlOf(e){if(typeof e==="string")return e;return e instanceof URL?e.href:e.url}function createProxyFetch(e=globalThis.fetch){const t=new Map;return(r,s)=>{const o=lib_getProxyUrl(urlOf(r));if(!o)return e(r,s);let n=t.get(o);if(!n){n=new i.ProxyAgent(o);t.set(o,n)}return(0,i.fetch)(r,{...s,dispatcher:n})}}function proxyAgentFor(e){return getProxyUrl(e)?(new HttpClient).getAgent(e):undefined}const Vt=e(import.meta.url)("node:fs");function readEvent(e){if(!e)return{};try{return JSON.parse((0,Vt.readFileSync)(e,"utf8"))}catch(t){throw new ConfigurationError(`Could not read the event payload at GITHUB_EVENT_PATH=${e}: ${String(t)}.`)}}function readRunnerContext(e){const t=e.GITHUB_REPOSITORY??"";const[r,s,...o]=t.split("/");if(!r||!s||o.length>0){throw new ConfigurationError(`GITHUB_REPOSITORY is "${t}", expected "owner/repo": this action runs as a step of a GitHub Actions workflow.`)}const n=(e.GITHUB_SERVER_URL??"https://github.com").replace(/\/+$/,"");return{owner:r,repo:s,apiUrl:(e.GITHUB_API_URL??"https://api.github.com").replace(/\/+$/,""),serverUrl:n,sha:e.GITHUB_SHA??"",ref:e.GITHUB_REF??"",eventName:e.GITHUB_EVENT_NAME??"",event:readEvent(e.GITHUB_EVENT_PATH),actor:e.GITHUB_ACTOR??"",workflowRef:e.GITHUB_WORKFLOW_REF??"",runUrl:e.GITHUB_RUN_ID?`${n}/${r}/${s}/actions/runs/${e.GITHUB_RUN_ID}`:""}}function directoryFiles(e){return{async write(t,r){await(0,Ue.mkdir)(e,{recursive:true});const s=(0,Me.join)(e,t);await(0,Ue.writeFile)(s,r);return s}}}function readCommonSettings(e,t){const r=e.secret("token");if(r===""){throw new ConfigurationError('Input "token" is empty. Leave it out to use the workflow\'s GITHUB_TOKEN, or pass a secret: token: ${{ secrets.RELEASE_TOKEN }}.')}return{token:r,config:e.string("config")||".github/release-strategy.yml",dryRun:e.boolean("dry-run"),context:t}}const qt=2e3;const Wt=5e5;function clip(e,t){return e.length<=t?e:`${e.slice(0,t)}… (${e.length-t} more characters)`}function failureSummary(e,t){const r=(new Markdown).heading(`${e}: failed`,3);const s=clip(getErrorMessage(t),qt);if(t instanceof ConfigurationError)return r.codeBlock(s).toString();const o=t instanceof DryRunWriteError?"A bug: dry-run tried to write":"Unexpected error";return r.paragraph(`${o}:`).codeBlock(s).paragraph("Re-run the job with debug logging to see the stack trace, and report it with the run's link.").toString()}async function executeStage(e,t,r){const s=createRunnerLog();let o;let n;try{const n=new ActionInputs(t);maskSecret(n.string("token"));const A=readRunnerContext(t);const i=e.readSettings(n,A);const a=await e.run(i,r(i,{log:s,now:()=>new Date,fetch:createProxyFetch(),files:directoryFiles(t.RUNNER_TEMP??(0,Ne.tmpdir)()),mask:maskSecret}));o=e.report(a,i)}catch(e){n=e}if(o)for(const[e,t]of Object.entries(o.outputs))setOutput(e,t);if(n!==undefined){if(!(n instanceof ConfigurationError)&&n instanceof Error&&n.stack)core_debug(n.stack);setFailed(clip(getErrorMessage(n),qt))}if(t.GITHUB_STEP_SUMMARY){const t=o?.summary??failureSummary(e.name,n);await it.addRaw(redact(clip(t,Wt))).write()}}function runStageWithoutGitHub(e,t=process.env){return executeStage(e,t,(e,t)=>t)}function runStage(e,t=process.env){return executeStage(e,t,(e,t)=>({...t,github:new GitHubGateway({token:e.token,apiUrl:e.context.apiUrl,serverUrl:e.context.serverUrl,owner:e.context.owner,repo:e.context.repo,dryRun:e.dryRun,log:t.log,fetch:t.fetch})}))}var $t=s(6841);var jt=s.n($t);var zt=s(5542);var Zt=s.n(zt);const Kt={a:"a",alpha:"a",b:"b",beta:"b",c:"rc",rc:"rc",pre:"rc",preview:"rc"};const Xt="[-_.]?";const er=new RegExp(["^\\s*v?","(?:(?<epoch>\\d+)!)?","(?<release>\\d+(?:\\.\\d+)*)",`(?:${Xt}(?<preLabel>alpha|beta|preview|pre|rc|a|b|c)${Xt}(?<preNumber>\\d+)?)?`,`(?:-(?<postImplicit>\\d+)|${Xt}(?:post|rev|r)${Xt}(?<postNumber>\\d+)?(?<postMarker>))?`,`(?:${Xt}(?<devMarker>dev)${Xt}(?<devNumber>\\d+)?)?`,"(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?","\\s*$"].join(""),"i");function parsePep440(e){const t=er.exec(e)?.groups;if(!t?.release)return undefined;const r=t.preLabel?.toLowerCase();const s=t.postImplicit!==undefined||t.postMarker!==undefined;return{epoch:t.epoch===undefined?0:Number(t.epoch),release:t.release.split(".").map(Number),...r&&{pre:{label:Kt[r],number:Number(t.preNumber??0)}},...s&&{post:Number(t.postImplicit??t.postNumber??0)},...t.devMarker!==undefined&&{dev:Number(t.devNumber??0)},...t.local!==undefined&&{local:t.local.toLowerCase().split(/[-_.]/).map(e=>/^\d+$/.test(e)?Number(e):e)}}}function formatPep440(e){let t=e.epoch===0?"":`${e.epoch}!`;t+=e.release.join(".");if(e.pre)t+=`${e.pre.label}${e.pre.number}`;if(e.post!==undefined)t+=`.post${e.post}`;if(e.dev!==undefined)t+=`.dev${e.dev}`;if(e.local)t+=`+${e.local.join(".")}`;return t}function normalizePep440(e){const t=parsePep440(e);return t&&formatPep440(t)}function compareNumbers(e,t){return e<t?-1:e>t?1:0}function compareRelease(e,t){for(let r=0;r<Math.max(e.length,t.length);r++){const s=compareNumbers(e[r]??0,t[r]??0);if(s!==0)return s}return 0}const rr={a:0,b:1,rc:2};function preKey(e){if(e.pre)return[rr[e.pre.label],e.pre.number];if(e.dev!==undefined&&e.post===undefined)return[-1,0];return[3,0]}function compareLocal(e,t){if(!e||!t)return compareNumbers(e?1:0,t?1:0);for(let r=0;r<Math.max(e.length,t.length);r++){const s=e[r];const o=t[r];if(s===undefined||o===undefined)return s===undefined?-1:1;if(typeof s!==typeof o)return typeof s==="number"?1:-1;const n=typeof s==="number"?compareNumbers(s,o):s<o?-1:s>o?1:0;if(n!==0)return n}return 0}function comparePep440(e,t){const[r,s]=preKey(e);const[o,n]=preKey(t);return compareNumbers(e.epoch,t.epoch)||compareRelease(e.release,t.release)||compareNumbers(r,o)||compareNumbers(s,n)||compareNumbers(e.post??-1,t.post??-1)||compareNumbers(e.dev??Number.POSITIVE_INFINITY,t.dev??Number.POSITIVE_INFINITY)||compareLocal(e.local,t.local)}const sr="X.Y.Z with an optional a, b or rc pre-release, such as 0.27.0 or 0.27.0rc1";function readReleaseVersion(e){const t=e.trim();if(t==="")return{ok:false,problem:`the version is empty; expected ${sr}`};const r=parsePep440(t);if(!r)return{ok:false,problem:`${quote(t)} is not a PEP 440 version; expected ${sr}`};const s=r.release.join(".");const problem=e=>({ok:false,problem:`${quote(t)} ${e}`});if(r.local){return problem(`has a local version label (+${r.local.join(".")}): PyPI refuses local versions; release ${s} instead`)}if(r.epoch!==0)return problem(`has an epoch (${r.epoch}!), which this scheme does not use; release ${s} instead`);if(r.post!==undefined){return problem("is a post-release; this scheme ships fixes as Z-stream releases (X.Y.Z+1) instead")}if(r.dev!==undefined){return problem("is a development release; use an a, b or rc pre-release (for example 0.27.0a1) instead")}if(r.release.length!==3){const e=[...r.release,0,0].slice(0,3).join(".");return problem(`has ${r.release.length} release components; the strategy's versions are X.Y.Z (for example ${e})`)}const[o,n,A]=r.release;return{ok:true,version:{major:o,minor:n,patch:A,...r.pre&&{pre:r.pre}}}}function parseReleaseVersion(e,t="version"){const r=readReleaseVersion(e);if(!r.ok)throw new ConfigurationError(`Input "${t}": ${r.problem}.`);return r.version}function formatReleaseVersion(e){const t=e.pre?`${e.pre.label}${e.pre.number}`:"";return`${e.major}.${e.minor}.${e.patch}${t}`}const or={a:0,b:1,rc:2};function releasePart(e){return`${e.major}.${e.minor}.${e.patch}`}function compareReleaseVersions(e,t){return jt()(releasePart(e),releasePart(t))||(e.pre?or[e.pre.label]:3)-(t.pre?or[t.pre.label]:3)||(e.pre?.number??0)-(t.pre?.number??0)}function bumpReleaseVersion(e,t){const r=Zt()(releasePart(e),t);if(!r)throw new ConfigurationError(`Cannot bump ${releasePart(e)}: its numbers are too large.`);const[s,o,n]=r.split(".").map(Number);return{major:s,minor:o,patch:n}}function finalRelease(e){return{major:e.major,minor:e.minor,patch:e.patch}}function streamOf(e){return`${e.major}.${e.minor}`}function normalizePackageName(e){return e.replace(/[-_.]+/g,"-").toLowerCase()}function parseCapRequests(e){return e.map(e=>{const t=/^([^:]+):\s*(.+)$/.exec(e.trim());const r=t?.[2]?.split(/[,\s]+/).map(e=>e.trim()).filter(e=>e!=="");if(!t?.[1]||!r||r.length===0){throw new ConfigurationError(`Input "cap-requirements": "${e}" must read "path: package, package", for example "requirements.txt: instructlab-sdg, instructlab-training".`)}return{path:t[1].trim(),packages:r}})}const nr=/^(\s*["']?)([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?(\s*)([^;#"'\n]*?)(\s*(?:[;#"'].*)?)$/;function capSpecifiers(e,t,r){const s=t.split(",").map(e=>e.trim()).filter(e=>e!=="");const o=s.map(e=>/^(>=|~=|==)\s*(.+)$/.exec(e)).find(e=>e);const n=o?.[2]?parsePep440(o[2]):undefined;if(!o||!n||n.release.length<2){throw new ConfigurationError(`cap-requirements: ${e} in ${r} has no lower bound to cap from ("${t||"no version"}"); write it as ${e}>=X.Y.Z first.`)}if(o[1]==="==")return s.join(",");const[A,i]=n.release;const a=`<${A}.${i+1}.0`;const c=s.filter(e=>!/^<(?!=)/.test(e));return[...c,a].join(",")}function capRequirements(e,t,r){const s=new Map(r.map(e=>[normalizePackageName(e),e]));const o=new Set;const n=t.split("\n").map(t=>{const r=nr.exec(t);if(!r)return t;const[,n="",A="",i="",a="",c="",l=""]=r;const u=normalizePackageName(A);if(!s.has(u))return t;o.add(u);return`${n}${A}${i}${a}${capSpecifiers(A,c.trim(),e)}${l}`});const A=[...s].filter(([e])=>!o.has(e)).map(([,e])=>e);if(A.length>0){throw new ConfigurationError(`cap-requirements: ${A.join(", ")} ${A.length>1?"are":"is"} not in ${e}; check the package names (or the path).`)}return n.join("\n")}function readInputs(e,t){const r=e.required("version","pass the version validate-version accepted (steps.<id>.outputs.version)");parseReleaseVersion(r);return{...readCommonSettings(e,t),version:r,releaseBranch:e.string("release-branch"),previousTag:e.string("previous-tag"),changelogFile:e.string("changelog-file"),versionFiles:e.list("version-files"),caps:parseCapRequests(e.string("cap-requirements").split("\n").filter(e=>e.trim()!=="")),reviewers:e.list("reviewers").map(e=>e.replace(/^@/,"")),teamReviewers:e.list("team-reviewers").map(e=>e.replace(/^@?[^/]+\//,"")),labels:e.list("labels"),draft:e.boolean("draft")}}function unifiedDiff(e,t,r){if(t===r)return"";const s=t===undefined?[]:t.split("\n");const o=r.split("\n");let n=0;while(n<s.length&&n<o.length&&s[n]===o[n])n++;let A=0;while(A<s.length-n&&A<o.length-n&&s[s.length-1-A]===o[o.length-1-A])A++;const i=3;const a=Math.max(n-i,0);const c=Math.min(s.length-A+i,s.length);const l=Math.min(o.length-A+i,o.length);const u=[`--- ${t===undefined?"/dev/null":`a/${e}`}`,`+++ b/${e}`,`@@ -${s.length===0?0:a+1},${c-a} +${a+1},${l-a} @@`,...s.slice(a,n).map(e=>` ${e}`),...s.slice(n,s.length-A).map(e=>`-${e}`),...o.slice(n,o.length-A).map(e=>`+${e}`),...o.slice(o.length-A,l).map(e=>` ${e}`)];return u.join("\n")}const Ar={created:"created",unchanged:"unchanged (same content on the same base)",rebuilt:"rebuilt on the current release branch","left alone":"left alone (the head branch has commits of its own)","would create":"would be created (dry-run)","already merged":"already merged into the release branch"};function report(e,t){const{pull:r,plan:s}=e;const o=e.approvals?.count??`0/${e.policy.approvals.required}`;const n={"pr-number":r?String(r.number):"","pr-url":r?.url??"","head-branch":e.headBranch,commit:e.commit.sha,created:String(e.created),approvals:o};const A=e.commit.outcome==="already merged"&&r?.merged?r:undefined;const i=A!==undefined?`${job_summary_link(`#${A.number}`,A.url)} was merged, next: the tag`:e.commit.outcome==="left alone"?`left ${job_summary_link(`#${r?.number}`,r?.url)} as it is`:t.dryRun?`would ${r?`update #${r.number}`:"open the release PR"}`:e.commit.outcome==="already merged"?`the release commit is already on ${e.base}`:`${e.created?"opened":"updated"} ${job_summary_link(`#${r?.number}`,r?.url)}`;const a=(new Markdown).heading(`open-release-pr: ${s.tag} — ${i}`,3).table(["",""],[["Pull request",r?job_summary_link(`#${r.number} ${r.state==="open"?"":"(merged)"}`.trim(),r.url):"—"],["Base ← head",`${code(e.base)} ← ${code(e.headBranch)}`],["Release commit",`${e.commit.sha?code(e.commit.sha.slice(0,12)):"—"} ${Ar[e.commit.outcome]}`],["Approvals",A?"not counted here: tag-and-changelog checks the merged PR's approvals":`${o} (${e.approvals?.explanation??"no reviews yet"}; maintainers: ${e.maintainers||"—"})`],["Notes",e.notes?`${e.notes.pulls.length} pull requests since ${e.notes.previousTag??"the first commit"}, ${e.notes.directCommits.length} direct commits`:"— (not gathered: the release PR was merged)"]]);if(A){a.paragraph(`The release PR #${A.number} was merged into ${code(e.base)}${e.commit.sha?` (merge commit ${code(e.commit.sha.slice(0,12))})`:""}, so this run wrote nothing, whatever the release commit would contain now. The next step is tagging: tag-and-changelog (release.yml) tags that merge commit and creates the GitHub release when the PR is merged; if that job failed, re-run it, or run release.yml with version ${code(s.text)}${e.commit.sha?` and commit ${code(e.commit.sha)}`:""}. To prepare a new release commit, use a new version: ${s.tag} is the one that was merged.`)}if(e.warnings.length>0)a.heading("Warnings",4).list(e.warnings);if(e.notes&&e.notes.contentWarnings.length>0)a.heading("Does not fit the strategy",4).list(e.notes.contentWarnings);if(e.changes.length>0){a.details(`The release commit changes ${e.changes.length} file(s): ${e.changes.map(e=>e.path).join(", ")}`,`\`\`\`diff\n${e.changes.map(e=>unifiedDiff(e.path,e.before,e.after)).join("\n")}\n\`\`\``)}if(e.keptChangelog){const{path:t,heading:r,generated:s}=e.keptChangelog;a.details(`The ${r.slice(3)} section this stage would have written (${t} has a hand-written one, kept)`,`\`\`\`markdown\n${s.trimEnd()}\n\`\`\``)}if(e.body)a.details("The pull request's body",e.body);a.paragraph(`Policy: ${e.policy.source}. GitHub API requests: ${e.requests}.${t.dryRun?" Dry-run: nothing was written.":""}`);return{outputs:n,summary:a.toString()}}const ir=/\{([a-z]+)\}/g;function templateFields(e){return[...e.matchAll(ir)].map(e=>e[1])}function renderTemplate(e,t){const r={major:String(t.major),minor:String(t.minor),patch:String(t.patch),version:formatReleaseVersion(t)};return e.replace(ir,(e,t)=>r[t]??e)}function templatePrefix(e){const t=e.indexOf("{");return t===-1?e:e.slice(0,t)}function extractVersionText(e,t){const[r,s,...o]=e.split("{version}");if(r===undefined||s===undefined||o.length>0)return undefined;if(!t.startsWith(r)||!t.endsWith(s)||t.length<=r.length+s.length)return undefined;return t.slice(r.length,t.length-s.length)}const ar={mainBranch:"main",releaseBranch:"release-v{major}.{minor}",tag:"v{version}",prereleases:["a","b","rc"],maintainedStreams:1,approvals:{required:2,team:"core-maintainers",users:[],headCommitOnly:false},milestones:{window:2,cadenceDays:14,title:"v{version}"},scheduleFile:"docs/release-schedule.md",changelog:{file:"CHANGELOG.md",categories:".github/release.yml"},announce:{},strict:false,source:"defaults"};class PolicyReader{source;constructor(e){this.source=e}fail(e,t,r){throw new ConfigurationError(`${this.source}: "${e}" must be ${r}, got ${quote(t)}.`)}string=(e,t)=>typeof e==="string"&&e.trim()!==""?e.trim():this.fail(t,e,"a non-empty string");integer(e,t){return(r,s)=>typeof r==="number"&&Number.isInteger(r)&&r>=e&&r<=t?r:this.fail(s,r,`an integer from ${e} to ${t}`)}boolean=(e,t)=>typeof e==="boolean"?e:this.fail(t,e,"true or false");template(e,t){return(r,s)=>{const o=this.string(r,s);const n=templateFields(o);const A=n.filter(t=>!e.includes(t));const i=t.filter(e=>!n.includes(e));if(A.length>0||i.length>0||n.length!==new Set(n).size){this.fail(s,r,`a template using ${t.map(e=>`{${e}}`).join(" and ")} once each (allowed: ${e.map(e=>`{${e}}`).join(", ")})`)}return o}}section(e,t,r){if(e===undefined||e===null)return{};if(typeof e!=="object"||Array.isArray(e)){if(t==="")throw new ConfigurationError(`${this.source} must be a mapping of policy keys, got ${quote(e)}.`);this.fail(t,e,"a mapping")}const s=e;const o=Object.keys(s).filter(e=>!r.includes(e));if(o.length>0){const e=t===""?"":` under "${t}"`;throw new ConfigurationError(`${this.source}: unknown key${o.length>1?"s":""} ${o.map(e=>`"${e}"`).join(", ")}${e}; allowed: ${r.join(", ")}.`)}return s}optional(e,t,r,s,o){return e[t]===undefined||e[t]===null?o:s(e[t],r)}}const cr=["a","b","rc"];const lr=["main-branch","release-branch","tag","prereleases","maintained-streams","approvals","milestones","schedule-file","changelog","announce","policy"];function parseReleasePolicy(e,t){const r=new PolicyReader(t);const s=r.section(e,"",lr);const get=(e,t,s,o,n)=>r.optional(e,t,s,o,n);const o=r.section(s.approvals,"approvals",["required","team","users","head-commit-only"]);const n=r.section(s.milestones,"milestones",["window","cadence-days","title"]);const A=r.section(s.changelog,"changelog",["file","categories"]);const i=r.section(s.policy,"policy",["strict"]);const a=ar;const c=get(s,"prereleases","prereleases",(e,t)=>{if(!Array.isArray(e)||e.some(e=>!cr.includes(e))){r.fail(t,e,`a list of pre-release kinds from ${cr.join(", ")} (an empty list allows none)`)}return e},a.prereleases);const l=get(o,"users","approvals.users",(e,t)=>{if(!Array.isArray(e)||e.some(e=>typeof e!=="string"||e.trim()==="")){r.fail(t,e,"a list of GitHub logins")}return e.map(e=>e.trim().replace(/^@/,""))},a.approvals.users);return{mainBranch:get(s,"main-branch","main-branch",r.string,a.mainBranch),releaseBranch:get(s,"release-branch","release-branch",r.template(["major","minor"],["major","minor"]),a.releaseBranch),tag:get(s,"tag","tag",r.template(["version"],["version"]),a.tag),prereleases:c,maintainedStreams:get(s,"maintained-streams","maintained-streams",r.integer(1,100),a.maintainedStreams),approvals:{required:get(o,"required","approvals.required",r.integer(0,10),a.approvals.required),team:get(o,"team","approvals.team",r.string,a.approvals.team),users:l,headCommitOnly:get(o,"head-commit-only","approvals.head-commit-only",r.boolean,a.approvals.headCommitOnly)},milestones:{window:get(n,"window","milestones.window",r.integer(1,10),a.milestones.window),cadenceDays:get(n,"cadence-days","milestones.cadence-days",r.integer(1,365),a.milestones.cadenceDays),title:get(n,"title","milestones.title",r.template(["version","major","minor","patch"],["version"]),a.milestones.title)},scheduleFile:get(s,"schedule-file","schedule-file",r.string,a.scheduleFile),changelog:{file:get(A,"file","changelog.file",r.string,a.changelog.file),categories:get(A,"categories","changelog.categories",r.string,a.changelog.categories)},announce:r.section(s.announce,"announce",["slack","discord","email","website"]),strict:get(i,"strict","policy.strict",r.boolean,a.strict),source:t}}function readFailure(e,t,r,s){const o=httpStatus(s);const n=`Could not read ${e.what} ${e.path} (${e.namedBy}) at ${r}: GitHub answered ${o??"with an error"} (${getErrorMessage(s)}).`;if(o===401||o===403){return new ConfigurationError(`${n} ${tokenNeeds("contents: read")}`)}if(isMissingRef(s)){return new ConfigurationError(`${n} The workflow's commit ${t} no longer exists (a force-pushed or deleted branch): re-run the workflow on an existing commit.`)}return new Error(`${n} Only a missing file means ${e.fallback}: run the job again once GitHub answers.`,{cause:s})}async function readOptionalYamlFile(e,t,r){const o=r.slice(0,12)||"the default branch";let n;try{n=await e.getFileText(t.path,r)}catch(e){if(e instanceof ConfigurationError)throw e;throw readFailure(t,r,o,e)}if(n===undefined)return undefined;const A=r?`${t.path}@${o}`:`${t.path} on the default branch`;const{load:i}=await s.e(173).then(s.bind(s,173));try{return{document:i(n,{filename:t.path}),source:A}}catch(e){throw new ConfigurationError(`${A} (${t.namedBy}) is not valid YAML: ${getErrorMessage(e)}`)}}async function loadReleasePolicy(e,t,r,s){const o=await readOptionalYamlFile(e,{path:t,what:"the release policy",namedBy:'input "config"',fallback:"the default policy"},r);if(!o){s.info(`No ${t} at ${r.slice(0,12)||"the default branch"}: using the default policy (the InstructLab practice).`);return ar}const n=parseReleasePolicy(o.document,o.source);s.info(`Release policy: ${o.source}.`);return n}class ReleaseHistory{releases;strays;branches;policy;constructor(e,t,r,s){this.policy=e;this.releases=t.sort((e,t)=>compareReleaseVersions(e.version,t.version));this.strays=r;this.branches=new Map(s.map(e=>[e.name,e]))}static fromRefs(e,t,r){const s=new Map;const o=[];for(const r of t){const t=extractVersionText(e.tag,r.name);if(t===undefined){o.push({tag:r,reason:`does not match the tag template "${e.tag}"`});continue}const n=readReleaseVersion(t);if(!n.ok){o.push({tag:r,reason:`is not a release of the X.Y.Z scheme: ${n.problem}`});continue}const{version:A}=n;const i=formatReleaseVersion(A);if(A.major===0&&A.minor===0&&A.patch===0){o.push({tag:r,reason:"is a placeholder (0.0.0), not a release"});continue}const a=s.get(i);if(a){o.push({tag:r,reason:`names the same version as ${a.tag.name} (${i})`});continue}s.set(i,{tag:r,version:A,text:i})}return new ReleaseHistory(e,[...s.values()],o,[...r])}without(e){return new ReleaseHistory(this.policy,this.releases.filter(t=>t.tag.name!==e),this.strays.filter(t=>t.tag.name!==e),[...this.branches.values()])}below(e){return new ReleaseHistory(this.policy,this.releases.filter(t=>compareReleaseVersions(t.version,e)<0),[...this.strays],[...this.branches.values()])}finals(){return this.releases.filter(e=>!e.version.pre)}latestFinal(){return this.finals().at(-1)}find(e){return this.releases.find(t=>compareReleaseVersions(t.version,e)===0)}inStream(e){return this.releases.filter(t=>streamOf(t.version)===streamOf(e))}releasedStreams(){return[...new Set(this.finals().map(e=>streamOf(e.version)))].reverse()}branchName(e){return renderTemplate(this.policy.releaseBranch,e)}branchFor(e){return this.branches.get(this.branchName(e))}tagName(e){return renderTemplate(this.policy.tag,e)}}async function loadReleaseHistory(e,t){const[r,s]=await Promise.all([e.listMatchingRefs(`tags/${templatePrefix(t.tag)}`),e.listMatchingRefs(`heads/${templatePrefix(t.releaseBranch)}`)]);return ReleaseHistory.fromRefs(t,r,s)}const ur={exclude:{labels:["skip-changelog","ignore-for-release"],authors:[]},categories:[{title:"Breaking Changes",labels:["breaking-change","breaking"],exclude:{labels:[],authors:[]}},{title:"Features",labels:["enhancement","feature"],exclude:{labels:[],authors:[]}},{title:"Fixes",labels:["bug","fix","bugfix"],exclude:{labels:[],authors:[]}},{title:"Documentation",labels:["documentation","docs"],exclude:{labels:[],authors:[]}},{title:"Other Changes",labels:["*"],exclude:{labels:[],authors:[]}}],source:"defaults"};function stringList(e,t,r){if(e===undefined||e===null)return[];if(!Array.isArray(e)||e.some(e=>typeof e!=="string"&&typeof e!=="number")){throw new ConfigurationError(`${r}: "${t}" must be a list of names, got ${quote(e)}.`)}return e.map(String)}function filter(e,t,r){if(e===undefined||e===null)return{labels:[],authors:[]};if(typeof e!=="object"||Array.isArray(e))throw new ConfigurationError(`${r}: "${t}" must be a mapping with labels and authors.`);const{labels:s,authors:o,...n}=e;const A=Object.keys(n);if(A.length>0)throw new ConfigurationError(`${r}: unknown key "${A[0]}" under "${t}"; allowed: labels, authors.`);return{labels:stringList(s,`${t}.labels`,r),authors:stringList(o,`${t}.authors`,r)}}function parseNotesConfig(e,t){const r=e?.changelog;if(r===undefined||r===null)throw new ConfigurationError(`${t} has no "changelog" key: see GitHub's format for .github/release.yml.`);if(typeof r!=="object"||Array.isArray(r))throw new ConfigurationError(`${t}: "changelog" must be a mapping.`);const{exclude:s,categories:o,...n}=r;if(Object.keys(n).length>0)throw new ConfigurationError(`${t}: unknown key "${Object.keys(n)[0]}" under "changelog"; allowed: exclude, categories.`);if(o!==undefined&&!Array.isArray(o))throw new ConfigurationError(`${t}: "changelog.categories" must be a list.`);return{exclude:filter(s,"changelog.exclude",t),categories:(o??[]).map((e,r)=>{const s=`changelog.categories[${r}]`;const o=e??{};if(typeof o.title!=="string"||o.title.trim()==="")throw new ConfigurationError(`${t}: "${s}.title" must be a non-empty string.`);const n=stringList(o.labels,`${s}.labels`,t);if(n.length===0)throw new ConfigurationError(`${t}: "${s}.labels" must list at least one label (or "*").`);return{title:o.title.trim(),labels:n,exclude:filter(o.exclude,`${s}.exclude`,t)}}),source:t}}const has=(e,t)=>e.some(e=>e.toLowerCase()===t.toLowerCase());function categorize(e,t){const ruledOut=t=>has(t.authors,e.author)||e.labels.some(e=>has(t.labels,e));if(ruledOut(t.exclude))return"excluded";if(t.categories.length===0)return"What's Changed";for(const r of t.categories){if(ruledOut(r.exclude))continue;if(r.labels.includes("*")||e.labels.some(e=>has(r.labels,e)))return r.title}return undefined}async function loadNotesConfig(e,t,r,s='policy key "changelog.categories"'){const o=await readOptionalYamlFile(e,{path:t,what:"the release-notes categories",namedBy:s,fallback:"the default categories"},r);return o?parseNotesConfig(o.document,o.source):ur}function categoryKind(e,t){const r=[e,...t].join(" ");if(/break/i.test(r))return"breaking";if(/feat|enhanc/i.test(r))return"feature";return undefined}function asCategorizable(e){return{labels:e.labels,author:e.author.login}}function buildReleaseNotes(e){const t=new Map(e.commits.map(e=>[e.sha,e]));const r=e.pulls.filter(e=>t.has(e.mergeCommitSha)).sort((e,t)=>e.number-t.number);const s=new Set([...r,...e.skippedPulls??[]].flatMap(e=>[e.mergeCommitSha,...e.headSha?[e.headSha]:[]]));const o=[];for(let r=t.get(e.head);r;r=r.parents[0]?t.get(r.parents[0]):undefined){if(!s.has(r.sha))o.push(r)}o.reverse();const n=new Map;const A=[];const i=[];for(const t of r){const r=categorize(asCategorizable(t),e.config);if(r==="excluded")i.push(t);else if(r===undefined)A.push(t);else n.set(r,[...n.get(r)??[],t])}const a=e.config.categories.length>0?e.config.categories.map(e=>e.title):["What's Changed"];const c=[...new Set(a)].filter(e=>n.has(e)).map(e=>({title:e,pulls:n.get(e)??[]}));const l=new Set;const u=r.filter(t=>e.isNewContributor?.(t.author.login)&&!l.has(t.author.login)&&l.add(t.author.login)).map(e=>({login:e.author.login,pull:e}));const g=[];if(e.stream==="y"||e.stream==="z"){for(const t of c){const r=e.config.categories.find(e=>e.title===t.title);const s=categoryKind(t.title,r?.labels??[]);const o=t.pulls.map(e=>`#${e.number}`).join(", ");if(s==="breaking"){g.push(`${t.title}: ${o}. A ${e.stream==="y"?"Y-stream keeps backward compatibility":"Z-stream is for critical bug and documentation fixes"}; breaking changes belong in an X-stream.`)}else if(s==="feature"&&e.stream==="z"){g.push(`${t.title}: ${o}. A Z-stream is for critical bug and documentation fixes; features wait for the next Y-stream.`)}}}return{tag:e.tag,previousTag:e.previousTag,compareUrl:e.compareUrl,sections:c,pulls:r,unlisted:A,excluded:i,directCommits:o,newContributors:u,commits:e.commits,contentWarnings:g}}function toRangeCommit(e){return{sha:e.sha,parents:e.parents.map(e=>e.sha),tree:e.commit.tree.sha,message:e.commit.message,authorLogin:e.author?.login,authorName:e.commit.author?.name??"",date:e.commit.committer?.date??e.commit.author?.date??""}}async function fetchCommitRange(e,t,r){const s={owner:e.owner,repo:e.repo};if(!t){const t=await e.client.paginate("GET /repos/{owner}/{repo}/commits",{...s,sha:r,per_page:100});return{commits:t.map(toRangeCommit).reverse(),since:undefined}}const o=await e.client.request("GET /repos/{owner}/{repo}/compare/{basehead}",{...s,basehead:`${t}...${r}`,per_page:100,page:1});const n=Math.ceil(o.data.total_commits/100);const A=await Promise.all(Array.from({length:Math.max(n-1,0)},(o,n)=>e.client.request("GET /repos/{owner}/{repo}/compare/{basehead}",{...s,basehead:`${t}...${r}`,per_page:100,page:n+2})));const i=[o,...A].flatMap(e=>e.data.commits).map(toRangeCommit);const a=o.data.merge_base_commit.commit;return{commits:i,since:a.committer?.date??a.author?.date??undefined}}async function fetchMergedPulls(e,t,r,s={}){const o={listed:[],skipped:[]};const n=e.client.paginate.iterator("GET /repos/{owner}/{repo}/pulls",{owner:e.owner,repo:e.repo,state:"closed",sort:"updated",direction:"desc",per_page:100,...s.base&&{base:s.base}});for await(const{data:e}of n){for(const r of e){if(!r.merged_at||!r.merge_commit_sha||!t.has(r.merge_commit_sha))continue;const e=s.skipHead?.test(r.head.ref)||s.skipTitles?.includes(r.title);(e?o.skipped:o.listed).push({number:r.number,title:r.title,url:r.html_url,author:{login:r.user?.login??"ghost",...r.user?.type&&{type:r.user.type}},labels:r.labels.map(e=>e.name),mergeCommitSha:r.merge_commit_sha,headSha:r.head.sha,mergedAt:r.merged_at})}const n=e.at(-1)?.updated_at;if(e.length<100||r!==undefined&&n!==undefined&&n<r)break}return o}async function fetchFirstTimeContributors(e,t){const r=new Map;for(const e of t)if(e.authorLogin)r.set(e.authorLogin,(r.get(e.authorLogin)??0)+1);if(r.size===0)return new Set;const s=await e.client.paginate("GET /repos/{owner}/{repo}/contributors",{owner:e.owner,repo:e.repo,per_page:100});const o=new Map(s.filter(e=>e.login).map(e=>[e.login,e.contributions]));return new Set([...r].filter(([e,t])=>(o.get(e)??t)<=t).map(([e])=>e))}async function gatherReleaseNotes(e,t){const r=await fetchCommitRange(e,t.previousTag,t.head);const s=new Set(r.commits.map(e=>e.sha));const[o,n]=await Promise.all([fetchMergedPulls(e,s,r.since,t),t.newContributors===false?new Set:fetchFirstTimeContributors(e,r.commits)]);const A=/^[0-9a-f]{40}$/i.test(t.head)?t.head.toLowerCase():r.commits.at(-1)?.sha??t.head;return buildReleaseNotes({tag:t.tag,previousTag:t.previousTag,compareUrl:t.previousTag?e.webUrl(`/compare/${t.previousTag}...${t.tag}`):undefined,head:A,commits:r.commits,pulls:o.listed,skippedPulls:o.skipped,config:t.config,stream:t.stream,isNewContributor:e=>n.has(e)})}const lower=e=>e.toLowerCase();async function resolveMaintainers(e,t,r,s){if(t.approvals.users.length>0)return{logins:new Set(t.approvals.users.map(lower)),source:"approvals.users"};const o=t.approvals.team;try{const t=await e.client.paginate("GET /orgs/{org}/teams/{team_slug}/members",{org:e.owner,team_slug:o,per_page:100});return{logins:new Set(t.map(e=>lower(e.login))),source:`team ${e.owner}/${o}`}}catch(e){const t=httpStatus(e);if(t!==403&&t!==404)throw e}s.warning(`Cannot read the team ${e.owner}/${o} with this token (organization members read is needed; the workflow's GITHUB_TOKEN never has it): counting reviewers with write access to ${e.owner}/${e.repo} as maintainers. Pass a token that can read the team, or list the maintainers in approvals.users.`);const n=new Set;for(const t of new Set(r.map(lower))){try{const{data:r}=await e.client.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission",{owner:e.owner,repo:e.repo,username:t});if(r.permission==="admin"||r.permission==="write"||r.role_name==="maintain")n.add(t)}catch(e){if(httpStatus(e)!==404)throw e}}return{logins:n,source:`reviewers with write access (team ${e.owner}/${o} not readable)`}}class ReleaseRefusedError extends ConfigurationError{name="ReleaseRefusedError"}function refuse(e){throw new ReleaseRefusedError(e)}const gr=bumpReleaseVersion;const hr=formatReleaseVersion;function resolveRequestedVersion(e,t){const r=e.trim().toLowerCase();if(r!=="next-y"&&r!=="next-z")return parseReleaseVersion(e);const s=t.latestFinal();if(!s){refuse(`Input "version": ${r} counts from the latest release, and this repository has no tag matching "${t.policy.tag}" yet. Give the first version explicitly (for example 0.1.0).`)}return gr(s.version,r==="next-y"?"minor":"patch")}function previousRelease(e,t){const r=finalRelease(e);return t.releases.filter(t=>compareReleaseVersions(t.version,e)<0).filter(t=>!t.version.pre||e.pre&&compareReleaseVersions(finalRelease(t.version),r)===0).at(-1)}function classify(e,t,r,s){const o=finalRelease(e);const n=r.latestFinal();const A=streamOf(e);if(!n){if(o.patch>0)refuse(`${hr(e)} is a Z-stream release, but the repository has no release yet: the first release is ${hr({...o,patch:0})}.`);s.reasons.push("First release of the repository: there is no earlier release to follow.");return o.major>0&&o.minor===0?"x":"y"}if(o.patch>0){const i=r.inStream(o).filter(e=>!e.version.pre).at(-1);if(!i){refuse(`${hr(e)} would skip ${A}.0, which has not been released. Release ${A}.0 first.`)}const a=gr(i.version,"patch");if(compareReleaseVersions(o,i.version)<=0){refuse(`${hr(e)} is not above ${i.text} (${i.tag.name}), the latest release of the ${A} stream. The next Z-stream release is ${hr(a)}.`)}if(o.patch!==a.patch){refuse(`${hr(e)} would skip ${hr(a)}: the next Z-stream release of ${A} after ${i.text} is ${hr(a)}.`)}const c=r.releasedStreams();const l=c.slice(0,r.policy.maintainedStreams);if(!l.includes(A)){const o=`${hr(e)} patches the ${A} stream, but the most recent stream is ${c[0]} (${n.tag.name}) and maintained-streams is ${r.policy.maintainedStreams}: the strategy backports critical fixes to the most recent X.Y branch only.`;if(!t.allowOlderStream)refuse(`${o} Set allow-older-stream: true to release it anyway.`);s.warnings.push(`${o} Allowed by ${t.allowedBy??"allow-older-stream"}.`)}s.reasons.push(`Z-stream: ${hr(e)} follows ${i.text}, the latest release of the ${A} stream.`);return"z"}const i=gr(n.version,"minor");const a=gr(n.version,"major");if(o.major===i.major&&o.minor===i.minor){s.reasons.push(`Y-stream: ${hr(e)} follows ${n.text} (${n.tag.name}), the latest release.`);return"y"}if(o.major===a.major&&o.minor===0){const r=`${hr(e)} is an X-stream release (a major version after ${n.text}); the strategy keeps those for a total re-architecture.`;if(!t.allowMajor)refuse(`${r} Set allow-major: true if this is one, or release ${hr(i)} instead.`);s.reasons.push(`X-stream: ${r} Allowed by ${t.allowedBy??"allow-major"}.`);return"x"}if(compareReleaseVersions(o,n.version)<=0){refuse(`${hr(e)} is not above the latest release ${n.text} (${n.tag.name}). The next Y-stream release is ${hr(i)}, the next Z-stream release ${hr(gr(n.version,"patch"))}.`)}refuse(`${hr(e)} would skip ${hr(i)}: after ${n.text} the next Y-stream release is ${hr(i)} (and the next X-stream release ${hr(a)}).`)}function planRelease(e,t){const r=t.policy;const s=resolveRequestedVersion(e.version,t);const o=finalRelease(s);if(o.major===0&&o.minor===0&&o.patch===0){refuse(`${hr(s)} is a placeholder, not a release: the first release of a project is 0.1.0 (or 0.0.1).`)}const n=t.find(s);const A=!n?t:e.tagJustMade?t.without(n.tag.name):t.below(s);const i={reasons:[],warnings:[]};if(n)i.reasons.push(`${n.tag.name} already exists: this release was made before; nothing new is cut.`);if(s.pre){if(!r.prereleases.includes(s.pre.label)){const e=r.prereleases.length>0?`allows ${r.prereleases.join(", ")}`:"allows no pre-releases";refuse(`${hr(s)} is a "${s.pre.label}" pre-release, and the policy ${e} ("prereleases" in ${r.source}).`)}const e=A.find(o);if(e){refuse(`${hr(s)} is a pre-release of ${hr(o)}, which is already released (${e.tag.name}). Pre-releases come before their final release.`)}const t=A.releases.filter(e=>e.version.pre&&compareReleaseVersions(finalRelease(e.version),o)===0&&compareReleaseVersions(e.version,s)>0);if(t.length>0){refuse(`${hr(s)} is lower than the existing pre-release ${t.map(e=>e.tag.name).join(", ")}: pre-releases only go up.`)}}const a=classify(s,e,A,i);const c=A.branchName(s);const l=A.branchFor(s);if(a==="z"&&!l){refuse(`${hr(s)} is a Z-stream release, but its branch ${c} does not exist. Z-streams are released from their X.Y branch: create ${c} from the ${streamOf(s)} release it patches, then run again.`)}i.reasons.push(l?`${c} exists: every release of the ${streamOf(s)} stream is made on it.`:`${c} does not exist yet: it will be cut from ${r.mainBranch}, so the release commit must be on ${r.mainBranch}.`);const u=(n?t.without(n.tag.name):t).latestFinal();const g=!s.pre&&(!u||compareReleaseVersions(s,u.version)>0);if(!g)i.reasons.push(s.pre?"Not marked latest: a pre-release.":`Not marked latest: ${u?.text} is higher.`);return{version:s,text:hr(s),tag:n?.tag.name??A.tagName(s),stream:a,prerelease:s.pre!==undefined,releaseBranch:c,branch:l,commitBranch:l?c:r.mainBranch,previous:previousRelease(s,A),makeLatest:g,milestone:renderTemplate(r.milestones.title,o),existing:n,reasons:i.reasons,warnings:i.warnings}}const Er=new Set(["APPROVED","CHANGES_REQUESTED","DISMISSED"]);function isBot(e){return e.type==="Bot"||e.login.endsWith("[bot]")}function evaluateApprovals(e,t){const r=new Map;for(const t of e){if(!t.user||!Er.has(t.state))continue;r.set(t.user.login.toLowerCase(),t)}const s=[];const o=[];const n=[];for(const e of r.values()){const r=e.user.login;if(r.toLowerCase()===t.author.toLowerCase())n.push({login:r,why:"author"});else if(isBot(e.user))n.push({login:r,why:"bot"});else if(!t.isMaintainer(r))n.push({login:r,why:"not a maintainer"});else if(e.state==="DISMISSED")n.push({login:r,why:"dismissed"});else if(e.state==="CHANGES_REQUESTED")o.push(r);else if(t.headSha&&e.commitId&&e.commitId!==t.headSha)n.push({login:r,why:"approved an older commit"});else s.push(r)}const A=s.length>=t.required&&o.length===0;const i=`${s.length}/${t.required}`;const a=s.length>0?`: ${s.join(", ")}`:"";const c=o.length>0?`blocked: ${o.join(", ")} requested changes (${s.length} of ${t.required} maintainer approvals${a})`:`${s.length} of ${t.required} maintainer approval${t.required===1?"":"s"}${a}`;return{approvedBy:s,blockedBy:o,ignored:n,required:t.required,satisfied:A,count:i,explanation:c}}const dr="\x3c!-- generated by instructlab/release-actions";const pr=`${dr}: edit above this line, or remove it to keep your own text --\x3e`;const Cr=`${dr}: a re-run replaces this section; remove this line to keep your own text --\x3e`;function isGeneratedBody(e){return!e?.trim()||e.trimStart().startsWith(pr)}function renderReleaseBody(e,t){const r=[pr,"","## What's Changed",""];const s=e.sections.length===1&&e.sections[0]?.title==="What's Changed";for(const t of e.sections){if(!s)r.push(`### ${t.title}`,"");for(const e of t.pulls)r.push(`* ${e.title} by @${e.author.login} in ${e.url}`);r.push("")}if(e.sections.length===0)r.push("No pull requests were merged in this release.","");if(e.directCommits.length>0){r.push("### Commits without a pull request","");for(const s of e.directCommits){r.push(`* ${s.message.split("\n")[0]} (${t}/commit/${s.sha}${s.authorLogin?` by @${s.authorLogin}`:""})`)}r.push("")}if(e.newContributors.length>0){r.push("## New Contributors","");for(const{login:t,pull:s}of e.newContributors)r.push(`* @${t} made their first contribution in ${s.url}`);r.push("")}if(e.compareUrl)r.push(`**Full Changelog**: ${e.compareUrl}`);return`${r.join("\n").trimEnd()}\n`}const Qr=/^## (v?)(\d+)\.(\d+)(?:\.(\d+))?\b/;function detectChangelogStyle(e){let t=0;let r=0;let s=0;let o=0;for(const n of(e??"").split("\n")){const e=Qr.exec(n);if(!e)continue;if(e[1])t++;else r++;if(e[4]!==undefined)s++;else o++}return{prefix:r>t?"":"v",granularity:s>o?"patch":"minor"}}function changelogHeading(e,t,r){const s=r.granularity==="minor"&&t!=="z";const o=s?`${e.major}.${e.minor}`:`${e.major}.${e.minor}.${e.patch}`;return`## ${r.prefix}${o}`}function renderChangelogSection(e,t){const r=[t,Cr,""];for(const t of e.sections){r.push(`### ${t.title}`,"");for(const e of t.pulls)r.push(`* ${e.title} ([#${e.number}](${e.url}))`);r.push("")}if(e.sections.length===0)r.push("No user-facing changes.","");return r.join("\n")}function headingVersion(e){const t=Qr.exec(e);if(!t)return undefined;const r=readReleaseVersion(`${t[2]}.${t[3]}.${t[4]??"0"}`);return r.ok?r.version:undefined}function findSection(e,t){const r=e.findIndex(e=>e.trim()===t);if(r===-1)return undefined;const s=e.findIndex((e,t)=>t>r&&e.startsWith("## "));return{start:r,end:s===-1?e.length:s}}function changelogSectionOrigin(e,t){const r=(e??"").replace(/\r\n/g,"\n").split("\n");const s=findSection(r,t);if(!s)return"none";const o=r.slice(s.start+1,s.end).find(e=>e.trim()!=="");return o===undefined||o.trim().startsWith(dr)?"generated":"hand-written"}function insertChangelogSection(e,t,r,s){if(e!==undefined&&changelogSectionOrigin(e,t)==="hand-written")return e;const o=(e??"").replace(/\r\n/g,"\n").split("\n");const n=`${r.trimEnd()}\n`;const headingAt=e=>(o[e]??"").startsWith("## ");const A=findSection(o,t);let i;let a;if(A){({start:i,end:a}=A)}else{const e=o.findIndex(e=>{const t=headingVersion(e);return t!==undefined&&compareReleaseVersions(t,s)<0});const t=o.findIndex((e,t)=>headingAt(t));i=e!==-1?e:t!==-1&&headingVersion(o[t]??"")===undefined?t:o.length;a=i}const c=o.slice(0,i).join("\n").trimEnd();const l=o.slice(a).join("\n").trim();return[c,n.trimEnd(),l].filter(e=>e!=="").join("\n\n").concat("\n")}const fr={x:"X-stream (major)",y:"Y-stream",z:"Z-stream (patch)"};function releasePullMarker(e){return`\x3c!-- instructlab/release-actions release-pr ${e} --\x3e`}function releasePullTitle(e){return`Release ${e.tag}`}function renderReleasePullBody(e){const{plan:t,notes:r}=e;const s=e.approvals?.count??`0/${e.required}`;const o=e.approvals?.satisfied??e.required===0;const n=[releasePullMarker(t.tag),`This is the release commit of **${t.tag}**, a ${fr[t.stream]}${t.prerelease?" pre-release":""} release, onto ${code(e.base)}.`,`Notes since ${r.previousTag??"the first commit"}: ${r.pulls.length} pull request(s), ${r.directCommits.length} commit(s) without one.`,"","### Checklist","",...e.changes.map(e=>`- [x] ${code(e.path)}: ${e.reason}`),...e.keptChangelog?[`- [x] ${code(e.keptChangelog.path)}: the ${e.keptChangelog.heading.slice(3)} section was written by hand and is kept as it is (compare it with the release notes preview below)`]:[],`- [ ] The CHANGELOG section reads well (edit it in this PR if needed)`,`- [${o?"x":" "}] Approvals ${s} from maintainers (${e.maintainers})`,`- [ ] Merge, then create the release: tag-and-changelog tags ${code(t.tag)} on ${code(e.base)} and publishes the notes`];if(r.contentWarnings.length>0)n.push("","### Does not fit the strategy","",...r.contentWarnings.map(e=>`- ${e}`));if(r.unlisted.length>0){n.push("",`${r.unlisted.length} pull request(s) fit no category of the release notes configuration and are not listed: ${r.unlisted.map(e=>`#${e.number}`).join(", ")}.`)}n.push("","<details><summary>Release notes preview</summary>","",renderReleaseBody(r,e.webUrl).trim(),"","</details>","");return n.join("\n")}var Br=s(7598);function blobSha(e){const t=Buffer.from(e,"utf8");return(0,Br.createHash)("sha1").update(`blob ${t.length}\0`).update(t).digest("hex")}async function headState(e,t,r,s,o){const{data:n}=await e.client.request("GET /repos/{owner}/{repo}/compare/{basehead}",{owner:e.owner,repo:e.repo,basehead:`${t}...${r}`});const title=e=>e.split("\n",1)[0];if(n.ahead_by>1||n.commits.some(e=>title(e.commit.message)!==title(s)))return"edited";if(n.ahead_by!==1||n.behind_by!==0)return"stale";const A=new Map((n.files??[]).map(e=>[e.filename,e.sha]));return A.size===o.length&&o.every(e=>A.get(e.path)===blobSha(e.after))?"current":"stale"}async function writeReleaseCommit(e,t,r){if(t.existingHead){const s=await headState(e,t.base.sha,t.existingHead,t.message,r);if(s==="current")return{sha:t.existingHead,outcome:"unchanged"};if(s==="edited")return{sha:t.existingHead,outcome:"left alone"}}if(e.dryRun)return{sha:"",outcome:"would create"};const s={owner:e.owner,repo:e.repo};const o=t.base.tree??(await e.client.request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}",{...s,commit_sha:t.base.sha})).data.tree.sha;const n=await e.write(`create the release commit's tree`,"contents: write",()=>e.client.request("POST /repos/{owner}/{repo}/git/trees",{...s,base_tree:o,tree:r.map(e=>({path:e.path,mode:"100644",type:"blob",content:e.after}))}));const A=await e.write("create the release commit","contents: write",()=>e.client.request("POST /repos/{owner}/{repo}/git/commits",{...s,message:t.message,tree:n.data.sha,parents:[t.base.sha]}));const i=`refs/heads/${t.headBranch}`;if(!t.existingHead&&await e.createRef(i,A.data.sha)==="created")return{sha:A.data.sha,outcome:"created"};await e.write(`move ${t.headBranch}`,"contents: write",()=>e.client.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}",{...s,ref:`heads/${t.headBranch}`,sha:A.data.sha,force:true}));return{sha:A.data.sha,outcome:"rebuilt"}}const Ir=/^(\s*version\s*=\s*)(["'])([^"']*)\2/m;const mr=/^((?:__version__|version|VERSION)\s*(?::\s*str\s*)?=\s*)(["'])([^"']*)\2/m;function setInTomlTable(e,t,r){for(const s of t){const t=new RegExp(`^\\[${s.replace(/\./g,"\\.")}\\]\\s*$`,"m").exec(e);if(!t)continue;const o=t.index+t[0].length;const n=/^\[/m.exec(e.slice(o));const A=n?o+n.index:e.length;const i=e.slice(o,A);if(!Ir.test(i))continue;return e.slice(0,o)+i.replace(Ir,(e,t,s)=>`${t}${s}${r}${s}`)+e.slice(A)}return undefined}function setVersion(e,t,r){let s;if(e.endsWith(".toml")){if(/^\s*dynamic\s*=\s*\[[^\]]*["']version["']/m.test(t)){throw new ConfigurationError(`version-files: ${e} declares the version dynamic (setuptools_scm, hatch-vcs…): the tag sets it, so leave ${e} out of version-files.`)}s=setInTomlTable(t,["project","tool.poetry"],r)}else if(e.endsWith(".py")){s=mr.test(t)?t.replace(mr,(e,t,s)=>`${t}${s}${r}${s}`):undefined}else{throw new ConfigurationError(`version-files: ${e} is neither a pyproject-style .toml file nor a Python module; list pyproject.toml, __init__.py or _version.py files.`)}if(s===undefined){const t=e.endsWith(".toml")?"a version key in [project] or [tool.poetry]":'a __version__ = "…" (or version = "…") line';throw new ConfigurationError(`version-files: ${e} has ${t.replace(/^a /,"no ")} to set to ${r}.`)}return s}async function computeReleaseChanges(e,t,r,s,o){const read=async r=>e.getFileText(r,t);const n=[];const A=await read(o.changelogFile);const i=changelogHeading(r.version,r.stream,detectChangelogStyle(A));const a=renderChangelogSection(s,i);const c=changelogSectionOrigin(A,i)==="hand-written"?{path:o.changelogFile,heading:i,generated:a}:undefined;const l=insertChangelogSection(A,i,a,r.version);if(l!==A)n.push({path:o.changelogFile,before:A,after:l,reason:`${i.slice(3)} section`});const u=formatReleaseVersion(r.version);const g=[];for(const e of o.versionFiles){const r=await read(e);if(r===undefined)throw new ConfigurationError(`version-files: ${e} does not exist on ${t}.`);const s=setVersion(e,r,u);if(s===r)g.push(e);else n.push({path:e,before:r,after:s,reason:`version ${u}`})}for(const e of o.caps){const r=await read(e.path);if(r===undefined)throw new ConfigurationError(`cap-requirements: ${e.path} does not exist on ${t}.`);const s=capRequirements(e.path,r,e.packages);if(s!==r)n.push({path:e.path,before:r,after:s,reason:`caps ${e.packages.join(", ")} below their next minor`})}if(n.length>0&&g.length>0){throw new ConfigurationError(`version-files: ${g.join(", ")} already say${g.length===1?"s":""} ${u} on ${t} while the rest of the release commit is not there yet. Remove ${g.length===1?"it":"them"} from version-files if that is expected, or check that the right file is listed.`)}return{files:n,keptChangelog:c}}function toInfo(e){return{number:e.number,url:e.html_url,state:e.state==="open"?"open":"closed",merged:e.merged_at!==null,headSha:e.head.sha,mergeCommitSha:e.merged_at!==null&&e.merge_commit_sha||undefined,author:e.user?.login??"",labels:e.labels.map(e=>e.name),milestone:e.milestone?.title,requested:(e.requested_reviewers??[]).map(e=>e.login),requestedTeams:(e.requested_teams??[]).map(e=>e.slug),body:e.body??"",title:e.title}}async function findReleasePulls(e,t,r){const{data:s}=await e.client.request("GET /repos/{owner}/{repo}/pulls",{owner:e.owner,repo:e.repo,head:`${e.owner}:${t}`,base:r,state:"all",per_page:100});const o=s.map(toInfo);return{open:o.find(e=>e.state==="open"),merged:o.find(e=>e.merged)}}async function upsertReleasePull(e,t,r){const s={owner:e.owner,repo:e.repo};if(t){if(t.title===r.title&&t.body===r.body)return{info:t,created:false};const{data:o}=await e.write("update the release pull request","pull-requests: write",()=>e.client.request("PATCH /repos/{owner}/{repo}/pulls/{pull_number}",{...s,pull_number:t.number,title:r.title,body:r.body}));return{info:toInfo(o),created:false}}try{const{data:t}=await e.write("open the release pull request","pull-requests: write",()=>e.client.request("POST /repos/{owner}/{repo}/pulls",{...s,head:r.head,base:r.base,title:r.title,body:r.body,draft:r.draft}));return{info:toInfo(t),created:true}}catch(t){if(httpStatus(t)!==422||!/already exists/i.test(getErrorMessage(t)))throw t;const{open:s}=await findReleasePulls(e,r.head,r.base);if(!s)throw t;return upsertReleasePull(e,s,r)}}async function labelAndMilestone(e,t,r,s,o){const n={owner:e.owner,repo:e.repo};const A=r.filter(e=>!t.labels.some(t=>t.toLowerCase()===e.toLowerCase()));let i;if(t.milestone!==s){const t=await e.client.paginate("GET /repos/{owner}/{repo}/milestones",{...n,state:"open",per_page:100});i=t.find(e=>e.title===s)?.number;if(i===undefined)o.warning(`No open milestone "${s}": the release PR is left without one. rotate-milestones keeps the next releases' milestones open.`)}if(A.length===0&&i===undefined)return{milestone:t.milestone};await e.write("label the release pull request","issues: write",()=>e.client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}",{...n,issue_number:t.number,labels:[...t.labels,...A],...i!==undefined&&{milestone:i}}));return{milestone:i===undefined?t.milestone:s}}const unlisted=e=>{const t=new Set(e.map(e=>e.toLowerCase()));return e=>!t.has(e.toLowerCase())};async function requestReviewers(e,t,r,s){const o=r.users.filter(unlisted([t.author,...t.requested,...r.reviewed]));const n=r.teams.filter(unlisted(t.requestedTeams));if(o.length>0)await ask(o,{reviewers:o});if(n.length>0)await ask(n.map(e=>`team ${e}`),{team_reviewers:n});async function ask(r,o){try{await e.write("request reviews on the release pull request","pull-requests: write",()=>e.client.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",{owner:e.owner,repo:e.repo,pull_number:t.number,...o}))}catch(e){if(httpStatus(e)!==422)throw e;s.warning(`GitHub refused to request reviews from ${r.join(", ")}: ${getErrorMessage(e)}`)}}}const wr="release-actions/";async function run(e,{github:t,log:r}){const s=await r.group("Release policy",()=>loadReleasePolicy(t,e.config,e.context.sha,r));const o=await r.group("Releases and branches",()=>loadReleaseHistory(t,s));const n=planRelease({version:e.version,allowMajor:true,allowOlderStream:true},o);const A=!e.releaseBranch&&!n.branch&&!n.prerelease;if(A&&!e.dryRun){throw new ConfigurationError(`${n.releaseBranch} does not exist: the release commit of ${n.tag} goes onto its release branch. Run create-release-branch first (it cuts ${n.releaseBranch} from main), or set "release-branch".`)}const i=e.releaseBranch||(A?n.releaseBranch:n.commitBranch);const a=A?s.mainBranch:i;if(A)r.info(`dry-run: ${n.releaseBranch} does not exist yet; previewing on ${s.mainBranch}, where create-release-branch would cut it.`);const c=o.branches.get(a)??await t.getRef(`heads/${a}`);if(!c){throw new ConfigurationError(`The release PR targets ${i}, which does not exist in ${t.owner}/${t.repo}. For a new Y-stream, run create-release-branch first; or set "release-branch".`)}const l=`${wr}${n.tag}`;const u=[];const warn=e=>{r.warning(e);u.push(e)};const finish=e=>({plan:n,policy:s,base:i,headBranch:l,warnings:u,...e,requests:t.requestCount});const g=await findReleasePulls(t,l,i);if(g.merged&&!g.open){const e=g.merged;r.info(`#${e.number} (${e.url}) was merged into ${i}: nothing to open. The next step is tagging (tag-and-changelog, release.yml); for a new release commit, use a new version.`);return finish({notes:undefined,changes:[],keptChangelog:undefined,commit:{sha:e.mergeCommitSha??c.sha,outcome:"already merged"},pull:e,created:false,body:"",approvals:undefined,maintainers:""})}const h=e.previousTag||n.previous?.tag.name;const E=await r.group(`Release notes ${h??"(first release)"}…${i}`,async()=>{const o=await loadNotesConfig(t,s.changelog.categories,e.context.sha||a);const A=await gatherReleaseNotes(t,{tag:n.tag,previousTag:h,head:c.sha,stream:n.stream,config:o,skipHead:new RegExp(`^${wr}`),skipTitles:[releasePullTitle(n)],newContributors:false,...n.stream==="z"&&{base:i}});r.info(`${A.pulls.length} pull requests and ${A.directCommits.length} direct commits since ${h??"the first commit"} (notes configuration: ${o.source}).`);return A});for(const e of E.contentWarnings)r.warning(e);const{files:d,keptChangelog:p}=await r.group("Release commit",()=>computeReleaseChanges(t,c.sha,n,E,{changelogFile:e.changelogFile||s.changelog.file,versionFiles:e.versionFiles,caps:e.caps}));if(p){const{path:e,heading:t}=p;const r=d.length>0?`The generated notes are in the release PR's body ("Release notes preview") for comparison, and the section this stage would have written is in this run's summary`:`Nothing else changes, so there is no release commit to make; the section this stage would have written is in this run's summary for comparison`;warn(`${e}: the ${t.slice(3)} section on ${i} was written by hand (it has no "generated by instructlab/release-actions" line under its heading), so it was kept as it is and the release commit does not change ${e}. ${r}. To have this stage write the section instead, delete it on ${i} and re-run.`)}const Q=E.commits.find(e=>e.sha===c.sha)?.tree;if(d.length===0){r.info(`${i} already has the release commit: nothing to open.`);const e=g.open??g.merged;return result(e,false,{sha:c.sha,outcome:"already merged"},"",undefined,"")}const f=await r.group(`Head branch ${l}`,()=>writeReleaseCommit(t,{base:{name:i,sha:c.sha,tree:Q},headBranch:l,existingHead:g.open?.headSha,message:`${releasePullTitle(n)}\n\n${d.map(e=>`- ${e.path}: ${e.reason}`).join("\n")}`},d));const B=g.open?await reviewsOf(g.open):[];const I=B.length>0?await resolveMaintainers(t,s,B.map(e=>e.user?.login??""),r):undefined;const m=g.open&&I?evaluateApprovals(B,{author:g.open.author,isMaintainer:e=>I.logins.has(e.toLowerCase()),required:s.approvals.required,...s.approvals.headCommitOnly&&{headSha:f.sha}}):undefined;const w=I?.source??(s.approvals.users.length>0?"approvals.users":`team ${t.owner}/${s.approvals.team}`);const y=renderReleasePullBody({plan:n,base:i,notes:E,changes:d,keptChangelog:p,approvals:m,required:s.approvals.required,maintainers:w,webUrl:t.webUrl()});if(f.outcome==="left alone"&&g.open){warn(`#${g.open.number} was left as it is: ${l} has commits of its own besides the release commit this stage makes, and a re-run does not overwrite them. To regenerate the release commit, close the PR or delete ${l}, then re-run.`);return result(g.open,false,f,g.open.body,m,w)}if(e.dryRun){r.info(`dry-run: would ${g.open?`update #${g.open.number}`:"open the release PR"} from ${l} into ${i}.`);return result(g.open,false,f,y,m,w)}const{info:b,created:k}=await r.group("Pull request",async()=>{const s=await upsertReleasePull(t,g.open,{head:l,base:i,title:releasePullTitle(n),body:y,draft:e.draft});await labelAndMilestone(t,s.info,e.labels,n.milestone,r);await requestReviewers(t,s.info,{users:e.reviewers,teams:e.teamReviewers,reviewed:B.flatMap(e=>e.user?[e.user.login]:[])},r);r.info(`${s.created?"Opened":"Updated"} ${s.info.url}.`);return s});return result(b,k,f,y,m,w);async function reviewsOf(e){const r=await t.client.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",{owner:t.owner,repo:t.repo,pull_number:e.number,per_page:100});return r.map(e=>({user:e.user?{login:e.user.login,type:e.user.type}:null,state:e.state,commitId:e.commit_id}))}function result(e,t,r,s,o,n){return finish({notes:E,changes:d,keptChangelog:p,commit:r,pull:e,created:t,body:s,approvals:o,maintainers:n})}}function main(){return runStage({name:"open-release-pr",readSettings:readInputs,run:run,report:report})}},2613:t=>{t.exports=e(import.meta.url)("assert")},4434:t=>{t.exports=e(import.meta.url)("events")},8611:t=>{t.exports=e(import.meta.url)("http")},5692:t=>{t.exports=e(import.meta.url)("https")},9278:t=>{t.exports=e(import.meta.url)("net")},4589:t=>{t.exports=e(import.meta.url)("node:assert")},6698:t=>{t.exports=e(import.meta.url)("node:async_hooks")},4573:t=>{t.exports=e(import.meta.url)("node:buffer")},7540:t=>{t.exports=e(import.meta.url)("node:console")},7598:t=>{t.exports=e(import.meta.url)("node:crypto")},3053:t=>{t.exports=e(import.meta.url)("node:diagnostics_channel")},610:t=>{t.exports=e(import.meta.url)("node:dns")},8474:t=>{t.exports=e(import.meta.url)("node:events")},7067:t=>{t.exports=e(import.meta.url)("node:http")},2467:t=>{t.exports=e(import.meta.url)("node:http2")},7030:t=>{t.exports=e(import.meta.url)("node:net")},643:t=>{t.exports=e(import.meta.url)("node:perf_hooks")},1792:t=>{t.exports=e(import.meta.url)("node:querystring")},7075:t=>{t.exports=e(import.meta.url)("node:stream")},1692:t=>{t.exports=e(import.meta.url)("node:tls")},3136:t=>{t.exports=e(import.meta.url)("node:url")},7975:t=>{t.exports=e(import.meta.url)("node:util")},3429:t=>{t.exports=e(import.meta.url)("node:util/types")},5919:t=>{t.exports=e(import.meta.url)("node:worker_threads")},8522:t=>{t.exports=e(import.meta.url)("node:zlib")},5574:t=>{t.exports=e(import.meta.url)("string_decoder")},4756:t=>{t.exports=e(import.meta.url)("tls")},9023:t=>{t.exports=e(import.meta.url)("util")}};var r={};function __nccwpck_require__(e){var s=r[e];if(s!==undefined){return s.exports}var o=r[e]={exports:{}};var n=true;try{t[e].call(o.exports,o,o.exports,__nccwpck_require__);n=false}finally{if(n)delete r[e]}return o.exports}__nccwpck_require__.m=t;if(typeof __nccwpck_require__!=="undefined")__nccwpck_require__.ab=decodeURIComponent(new URL(".",import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/)?1:0,-1)+"/";(()=>{var e=typeof Symbol==="function"?Symbol("webpack queues"):"__webpack_queues__";var t=typeof Symbol==="function"?Symbol("webpack exports"):"__webpack_exports__";var r=typeof Symbol==="function"?Symbol("webpack error"):"__webpack_error__";var resolveQueue=e=>{if(e&&e.d<1){e.d=1;e.forEach(e=>e.r--);e.forEach(e=>e.r--?e.r++:e())}};var wrapDeps=s=>s.map(s=>{if(s!==null&&typeof s==="object"){if(s[e])return s;if(s.then){var o=[];o.d=0;s.then(e=>{n[t]=e;resolveQueue(o)},e=>{n[r]=e;resolveQueue(o)});var n={};n[e]=e=>e(o);return n}}var A={};A[e]=e=>{};A[t]=s;return A});__nccwpck_require__.a=(s,o,n)=>{var A;n&&((A=[]).d=-1);var i=new Set;var a=s.exports;var c;var l;var u;var g=new Promise((e,t)=>{u=t;l=e});g[t]=a;g[e]=e=>(A&&e(A),i.forEach(e),g["catch"](e=>{}));s.exports=g;o(s=>{c=wrapDeps(s);var o;var getResult=()=>c.map(e=>{if(e[r])throw e[r];return e[t]});var n=new Promise(t=>{o=()=>t(getResult);o.r=0;var fnQueue=e=>e!==A&&!i.has(e)&&(i.add(e),e&&!e.d&&(o.r++,e.push(o)));c.map(t=>t[e](fnQueue))});return o.r?n:getResult()},e=>(e?u(g[r]=e):l(a),resolveQueue(A)));A&&A.d<0&&(A.d=0)}})();(()=>{__nccwpck_require__.n=e=>{var t=e&&e.__esModule?()=>e["default"]:()=>e;__nccwpck_require__.d(t,{a:t});return t}})();(()=>{__nccwpck_require__.d=(e,t)=>{for(var r in t){if(__nccwpck_require__.o(t,r)&&!__nccwpck_require__.o(e,r)){Object.defineProperty(e,r,{enumerable:true,get:t[r]})}}}})();(()=>{__nccwpck_require__.f={};__nccwpck_require__.e=e=>Promise.all(Object.keys(__nccwpck_require__.f).reduce((t,r)=>{__nccwpck_require__.f[r](e,t);return t},[]))})();(()=>{__nccwpck_require__.u=e=>""+e+".index.js"})();(()=>{__nccwpck_require__.o=(e,t)=>Object.prototype.hasOwnProperty.call(e,t)})();(()=>{var e={792:0};var installChunk=t=>{var{ids:r,modules:s,runtime:o}=t;var n,A,i=0;for(n in s){if(__nccwpck_require__.o(s,n)){__nccwpck_require__.m[n]=s[n]}}if(o)o(__nccwpck_require__);for(;i<r.length;i++){A=r[i];if(__nccwpck_require__.o(e,A)&&e[A]){e[A][0]()}e[r[i]]=0}};__nccwpck_require__.f.j=(t,r)=>{var s=__nccwpck_require__.o(e,t)?e[t]:undefined;if(s!==0){if(s){r.push(s[1])}else{if(true){var o=import("./"+__nccwpck_require__.u(t)).then(installChunk,r=>{if(e[t]!==0)e[t]=undefined;throw r});var o=Promise.race([o,new Promise(r=>s=e[t]=[r])]);r.push(s[1]=o)}}}}})();var s=__nccwpck_require__(3018);s=await s;
>>>>>>> core-layers
